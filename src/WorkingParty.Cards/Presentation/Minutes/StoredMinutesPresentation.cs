namespace WorkingParty.Cards.Presentation.Minutes;

/// <summary>The stored minutes for the secretariat, latest meeting first, each with Withdraw or Restore; long lists paged.</summary>
internal static class StoredMinutesPresentation
{
    public static Reply Present(StoredMinutesView view, ReplyRequest request)
    {
        var paged = request with { Offset = view.Offset };
        return new(paged.FitCard(page => Card(view, page), offset => new ShowStoredMinutes(offset)), Text(view, paged.TextPage, request.Zone));
    }

    private static string Title(StoredMinutesView view) =>
        $"Stored minutes: {view.Minutes.Count}{(view.Minutes.Count(m => m.Withdrawn is not null) is > 0 and var withdrawn ? $" ({withdrawn} withdrawn)" : "")}";

    private static AdaptiveCard Card(StoredMinutesView view, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title(view), "Withdrawn minutes are kept, with their comments and acknowledgements, but nobody is answered from them."));
        if (view.Notice is { } notice) body.Add(CardParts.Notice(notice.Text, notice.IsProblem ? ContainerStyle.Attention : ContainerStyle.Good));
        if (view.Minutes.Count == 0) body.Add(TextBlock.Literal("No minutes are stored."));
        var start = page.StartIn(view.Minutes.Count);
        foreach (var minutes in page.Slice(view.Minutes))
        {
            body.Add(CardParts.Entry([
                CardParts.Strong($"{minutes.Body}, {Wording.DayAndDate(minutes.MeetingDate)}"),
                .. Lines(minutes).Select(line => TextBlock.Literal(line) with { Spacing = Spacing.None }),
                .. Moment("Published by", minutes.Published),
                .. Moment("Withdrawn by", minutes.Withdrawn, ": not answered from."),
                .. Moment("Replaced by a revision published by", minutes.Superseded, ": kept, not answered from."),
                .. Button(minutes, start),
            ]));
        }
        body.AddRange(page.Footer(view.Minutes.Count));
        return CardParts.Card(body, Title(view));
    }

    private static string Text(StoredMinutesView view, ListPage page, TimeZoneInfo zone)
    {
        var text = new PlainText().Title(Title(view));
        if (view.Notice is { } notice) text.Paragraph(notice.Text);
        if (view.Minutes.Count == 0) text.Paragraph("No minutes are stored.");
        foreach (var minutes in page.Slice(view.Minutes))
        {
            text.Entry($"{minutes.Body}, {Wording.DayAndDate(minutes.MeetingDate)}", [
                .. Lines(minutes),
                minutes.Published is { } published ? $"Published by {published.By}, {Wording.Time(published.At, zone)}" : null,
                minutes.Withdrawn is { } withdrawn ? $"Withdrawn by {withdrawn.By}, {Wording.Time(withdrawn.At, zone)}: not answered from." : null,
                minutes.Superseded is { } superseded ? $"Replaced by a revision published by {superseded.By}, {Wording.Time(superseded.At, zone)}: kept, not answered from." : null,
            ]);
        }
        text.Footer(page, view.Minutes.Count);
        if (view.Minutes.Count > 0) text.Paragraph("Open the bot in Teams to review, withdraw or restore minutes.");
        return text.ToString();
    }

    /// <summary>
    /// Review (to correct what they say) and Withdraw, or Restore once withdrawn; none for minutes a revision replaced
    /// (publish the revision's file again to change that).
    /// </summary>
    private static IEnumerable<CardElement> Button(StoredMinutesEntry minutes, int start)
    {
        if (minutes.Superseded is not null) yield break;
        yield return minutes.Withdrawn is null
            ? CardParts.Buttons(
                CardParts.Send("Review", new ReviewStoredMinutes(minutes.SourceId)),
                CardParts.Send("Withdraw", new WithdrawMinutes(minutes.SourceId, start)) with { Style = ActionStyle.Destructive })
            : CardParts.Buttons(CardParts.Send("Restore", new RestoreMinutes(minutes.SourceId, start)) with { Style = ActionStyle.Positive });
    }

    private static IEnumerable<string> Lines(StoredMinutesEntry minutes)
    {
        yield return $"Document {minutes.DocumentNumber ?? "number not stated"} · file {minutes.SourceFile}";
        if (minutes.Published is null) yield return "From the minutes folder";
        if (minutes.Revises is { } earlier) yield return $"Replaces {earlier} (kept, not answered from)";
        yield return minutes.Corrections switch
        {
            0 => "No corrections",
            1 => "1 correction",
            var n => $"{n} corrections",
        } + (minutes.Unmatched > 0 ? $" ({minutes.Unmatched} no longer matching the minutes: kept, not applied)" : "");
    }

    /// <summary>"Published by Maria Rossi, " and the moment on the reader's own clock.</summary>
    private static IEnumerable<CardElement> Moment(string what, ActedBy? acted, string after = "")
    {
        if (acted is not null) yield return TextBlock.WithLocalTime($"{what} {acted.By}, ", acted.At, after) with { Spacing = Spacing.None };
    }
}
