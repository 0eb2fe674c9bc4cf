namespace WorkingParty.Cards.Presentation.Answers;

internal static class DeadlinesPresentation
{
    public static Reply Present(DeadlinesAnswer answer, ReplyRequest request) =>
        new(request.FitCard(page => Card(answer, page)), Text(answer, request.TextPage));

    /// <summary>An uncertain deadline keeps its id but is not offered for comments as if its date were known.</summary>
    private const string NotForComments = "Comments can be written once the secretariat confirms the date.";

    private static AdaptiveCard Card(DeadlinesAnswer answer, ListPage page)
    {
        var (certain, doubtful) = Split(answer);
        var body = new List<CardElement>(CardParts.Heading(Title(answer), $"As of {Wording.DayAndDate(answer.Today)}"));
        if (certain.Count == 0) body.Add(TextBlock.Literal(Empty(answer, doubtful.Count > 0)));
        foreach (var deadline in page.Slice(certain))
        {
            body.Add(CardParts.Entry(Entry(deadline, canComment: !answer.Past && deadline.DaysLeft >= 0)));
        }
        body.AddRange(page.Footer(certain.Count));
        if (page.Offset == 0 && doubtful.Count > 0)
        {
            body.Add(DoubtParts.SectionHeading());
            body.AddRange(doubtful.Select(d => DoubtParts.Card(d.Doubt!, d.Source, answer.Past ? null : NotForComments, d.Documents)));
        }
        return CardParts.Card(body, Title(answer));
    }

    private static string Text(DeadlinesAnswer answer, ListPage page)
    {
        var (certain, doubtful) = Split(answer);
        var text = new PlainText().Title(Title(answer), $"As of {Wording.DayAndDate(answer.Today)}");
        if (certain.Count == 0) text.Paragraph(Empty(answer, doubtful.Count > 0));
        foreach (var deadline in page.Slice(certain))
        {
            text.Entry(
                $"{VagueDueParts.Due(deadline)} ({Wording.DaysLeft(deadline.DaysLeft)})",
                VagueDueParts.LastWorkingDay(deadline),
                $"Requested: {deadline.Subject}",
                $"From: {deadline.RequestedFrom}",
                $"Documents: {Wording.Documents(deadline.Documents)}",
                deadline.ChangedBy is null ? null : $"Changed by {deadline.ChangedBy}",
                deadline.FirstSet is null ? null : FirstSet(deadline.FirstSet),
                CorrectionParts.Text(deadline.Corrected),
                VagueDueParts.Sentence(deadline),
                Wording.CitationWithTitle(deadline.Source));
        }
        text.Footer(page, certain.Count);
        if (page.Offset == 0 && doubtful.Count > 0)
        {
            text.Paragraph(DoubtParts.Heading);
            foreach (var deadline in doubtful) DoubtParts.Text(text, deadline.Doubt!, deadline.Source, answer.Past ? null : NotForComments, deadline.Documents);
        }
        return text.ToString();
    }

    private static (IReadOnlyList<DeadlineEntry> Certain, IReadOnlyList<DeadlineEntry> Doubtful) Split(DeadlinesAnswer answer) =>
        (answer.Deadlines.Where(d => d.IsCertain).ToList(), answer.Deadlines.Where(d => !d.IsCertain).ToList());

    /// <summary>The date the minutes say was first set, replaced by this one.</summary>
    private static string FirstSet(string written) => $"First set for {written}, since changed";

    private static string Title(DeadlinesAnswer answer) => answer.Past ? "Past deadlines" : "Open deadlines";

    private static string Empty(DeadlinesAnswer answer, bool someUncertain)
    {
        var certainly = someUncertain ? " for certain" : "";
        return answer.Past
            ? $"{Wording.Capitalised(Wording.MinutesOf(answer.Scope))} record no past deadline{certainly}."
            : $"No deadline is open{certainly} in {Wording.MinutesOf(answer.Scope)}.";
    }

    private static IEnumerable<CardElement> Entry(DeadlineEntry deadline, bool canComment)
    {
        yield return new ColumnSet([
            new Column([CardParts.Strong(VagueDueParts.Due(deadline))]) { Width = "stretch" },
            new Column([TextBlock.Literal(Wording.DaysLeft(deadline.DaysLeft)) with
            {
                Weight = TextWeight.Bolder,
                Color = deadline.DaysLeft <= 2 ? TextColor.Attention : TextColor.Accent,
            }]) { Width = "auto" },
        ]);
        if (VagueDueParts.LastWorkingDay(deadline) is { } workingDay)
        {
            yield return TextBlock.Literal(workingDay) with { Spacing = Spacing.Small };
        }
        yield return new FactSet([
            Fact.Literal("Requested", Wording.Shorten(deadline.Subject, CardParts.PassageChars)),
            Fact.Literal("From", deadline.RequestedFrom),
            Fact.Literal("Documents", Wording.Documents(deadline.Documents)),
            Fact.Literal("Item", Wording.CitationWithTitle(deadline.Source)),
        ]) { Spacing = Spacing.Small };
        if (deadline.ChangedBy is not null)
        {
            yield return TextBlock.Literal($"Changed by {deadline.ChangedBy}") with { Color = TextColor.Warning, Spacing = Spacing.Small };
        }
        if (deadline.FirstSet is not null)
        {
            yield return TextBlock.Literal(FirstSet(deadline.FirstSet)) with { Color = TextColor.Warning, Spacing = Spacing.Small };
        }
        foreach (var corrected in CorrectionParts.Card(deadline.Corrected)) yield return corrected;
        if (VagueDueParts.Sentence(deadline) is { } sentence)
        {
            yield return CardParts.Passage(sentence);
        }
        if (canComment)
        {
            yield return CardParts.Buttons(CardParts.Send("Write comments", new WriteComment(deadline.Id)));
        }
    }
}
