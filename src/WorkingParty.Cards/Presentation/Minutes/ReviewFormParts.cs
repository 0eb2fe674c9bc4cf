namespace WorkingParty.Cards.Presentation.Minutes;

/// <summary>
/// The review card's inputs, fact by fact (ids from <see cref="ReviewForm"/>): each shows the value as it stands, what
/// the reader was unsure of and who corrected it, and takes the secretariat's value.
/// </summary>
internal static class ReviewFormParts
{
    private const int SentenceChars = 240;

    public static Container Meeting(ReviewedMinutes minutes)
    {
        var date = minutes.MeetingDate;
        List<CardElement> items =
        [
            new InputText { Id = ReviewForm.BodyId, Label = "Working party", Value = NullIfEmpty(minutes.Body.Value), MaxLength = 200 },
            .. Corrected(minutes.Body.Corrected),
            new InputDate { Id = ReviewForm.MeetingDateId, Label = $"Meeting date ({(date.Corrected is null ? ReviewWording.Source(date.Source) : "set by the secretariat")})", Value = Iso(date.Date) },
            .. Corrected(date.Corrected),
        ];
        if (date.Inferred && date.Corrected is null)
        {
            items.Add(Warning("Uncertain: the minutes do not state the meeting date. Correct it, or confirm it."));
            items.Add(new InputToggle("The meeting date is right") { Id = ReviewForm.MeetingDateConfirmedId, Value = "false" });
        }
        items.Add(new InputText { Id = ReviewForm.DocumentNumberId, Label = "Document number", Value = minutes.DocumentNumber.Value, Placeholder = "none", MaxLength = 60 });
        items.AddRange(Corrected(minutes.DocumentNumber.Corrected));
        items.Add(TextBlock.Subtle($"Issue date: {(minutes.IssueDate is { } issued ? Wording.Date(issued) : "not stated")}"
            + (minutes.Kind is { } kind ? $" · {Wording.SentenceCase(kind)}" : "")) with { Spacing = Spacing.Small });
        return new Container(items);
    }

    public static Container Date(ReviewedDate date) => CardParts.Entry([
        .. Sentence(date.Sentence, date.Corrected),
        new ColumnSet([
            new Column([new InputDate { Id = ReviewForm.DateId(date.Id, ReviewForm.Field.Date), Label = "Date", Value = Iso(date.Date) }]) { Width = "stretch" },
            new Column([new InputChoiceSet(
                [.. ReviewWording.DateKinds.Select(k => new Choice(k.Title, k.Value)), new Choice("Remove this date", ReviewForm.Remove)])
            {
                Id = ReviewForm.DateId(date.Id, ReviewForm.Field.Kind), Label = "Kind", Value = ReviewWording.KindValue(date),
            }]) { Width = "stretch" },
            new Column([ItemInput(ReviewForm.DateId(date.Id, ReviewForm.Field.Item), date.Item)]) { Width = "auto" },
        ]),
        new InputText { Id = ReviewForm.DateId(date.Id, ReviewForm.Field.What), Label = "What", Value = NullIfEmpty(date.Description), MaxLength = 500 },
        .. Status(date.Doubt, date.Removed, date.Corrected, ReviewForm.DateId(date.Id, ReviewForm.Field.Confirmed), "The date is right"),
    ]);

    public static Container Deadline(ReviewedDeadline deadline) => CardParts.Entry([
        .. Sentence(deadline.Sentence, deadline.Corrected),
        new ColumnSet([
            new Column([new InputDate { Id = ReviewForm.DeadlineId(deadline.Id, ReviewForm.Field.Date), Label = "Due", Value = Iso(deadline.Date) }]) { Width = "stretch" },
            new Column([ItemInput(ReviewForm.DeadlineId(deadline.Id, ReviewForm.Field.Item), deadline.Item)]) { Width = "auto" },
            new Column([new InputToggle("Remove") { Id = ReviewForm.DeadlineId(deadline.Id, ReviewForm.Field.Remove), Value = deadline.Removed ? "true" : "false" }])
            {
                Width = "auto", VerticalContentAlignment = "Bottom",
            },
        ]),
        new InputText { Id = ReviewForm.DeadlineId(deadline.Id, ReviewForm.Field.What), Label = "Requested", Value = NullIfEmpty(deadline.Subject), MaxLength = 500 },
        new ColumnSet([
            new Column([new InputText { Id = ReviewForm.DeadlineId(deadline.Id, ReviewForm.Field.From), Label = "From", Value = NullIfEmpty(deadline.RequestedFrom), MaxLength = 200 }]) { Width = "stretch" },
            new Column([new InputText
            {
                Id = ReviewForm.DeadlineId(deadline.Id, ReviewForm.Field.Documents), Label = "Documents", Value = NullIfEmpty(ReviewWording.Documents(deadline.Documents)),
                Placeholder = "none", MaxLength = 300,
            }]) { Width = "stretch" },
        ]),
        .. Status(deadline.Doubt, deadline.Removed, deadline.Corrected, ReviewForm.DeadlineId(deadline.Id, ReviewForm.Field.Confirmed), "The due date is right"),
    ]);

    public static CardElement Item(ReviewedItem item) => new Container([
        new InputText { Id = ReviewForm.TitleId(item.Number, item.Occurrence), Label = $"Item {ReviewWording.Number(item.Number)}", Value = NullIfEmpty(item.Title), MaxLength = 500 },
        .. Corrected(item.Corrected),
    ]) { Spacing = Spacing.Small };

    /// <summary>One row to add a date or a deadline the reader missed: it is added when a kind is chosen.</summary>
    public static Container Add() => CardParts.Entry([
        new ColumnSet([
            new Column([new InputChoiceSet(
                [.. ReviewWording.DateKinds.Select(k => new Choice(k.Title, k.Value)), new Choice("Deadline", ReviewForm.DeadlineKind)])
            {
                Id = ReviewForm.NewId(ReviewForm.Field.Kind), Label = "Kind", Placeholder = "Nothing to add",
            }]) { Width = "stretch" },
            new Column([new InputDate { Id = ReviewForm.NewId(ReviewForm.Field.Date), Label = "Date" }]) { Width = "stretch" },
            new Column([new InputText { Id = ReviewForm.NewId(ReviewForm.Field.Item), Label = "Item", MaxLength = 3 }]) { Width = "auto" },
        ]),
        new InputText { Id = ReviewForm.NewId(ReviewForm.Field.What), Label = "What (or what is requested)", MaxLength = 500 },
        new ColumnSet([
            new Column([new InputText { Id = ReviewForm.NewId(ReviewForm.Field.From), Label = "From (deadlines)", Placeholder = "Delegations", MaxLength = 200 }]) { Width = "stretch" },
            new Column([new InputText { Id = ReviewForm.NewId(ReviewForm.Field.Documents), Label = "Documents (deadlines)", Placeholder = "none", MaxLength = 300 }]) { Width = "stretch" },
        ]),
    ]);

    private static InputText ItemInput(string id, int item) => new() { Id = id, Label = "Item", Value = ReviewWording.Number(item), MaxLength = 3 };

    private static IEnumerable<CardElement> Sentence(string sentence, ReviewCorrection? corrected)
    {
        if (corrected is not { Read: null }) yield return TextBlock.Subtle(Wording.Quoted(Wording.Shorten(sentence, SentenceChars)));
    }

    private static IEnumerable<CardElement> Status(string? doubt, bool removed, ReviewCorrection? corrected, string confirmId, string confirm)
    {
        if (removed) yield return Warning(ReviewWording.Removed);
        if (doubt is not null && corrected is null)
        {
            yield return Warning(ReviewWording.Uncertain(doubt));
            yield return new InputToggle(confirm) { Id = confirmId, Value = "false" };
        }
        foreach (var line in Corrected(corrected)) yield return line;
    }

    /// <summary>"Corrected by Maria Rossi, 27 March 2017, 16:05; read: 19 April 2017", the moment on the reader's own clock.</summary>
    public static IEnumerable<CardElement> Corrected(ReviewCorrection? corrected)
    {
        if (corrected is not null)
        {
            yield return TextBlock.WithLocalTime($"{(corrected.Read is null ? "Added" : "Corrected")} by {corrected.By}, ", corrected.At, ReviewWording.ReadPart(corrected))
                with { Color = TextColor.Accent, Spacing = Spacing.None, IsSubtle = true };
        }
    }

    private static TextBlock Warning(string text) => TextBlock.Literal(text) with { Color = TextColor.Warning, Spacing = Spacing.Small };

    /// <summary>The renderer takes an empty value for a stray property: an input with nothing in it has none.</summary>
    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
