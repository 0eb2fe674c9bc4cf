using WorkingParty.Cards.Calendar;

namespace WorkingParty.Cards.Presentation.Answers;

internal static class NextMeetingsPresentation
{
    private const string Title = "Next meetings";

    public static Reply Present(NextMeetingsAnswer answer, ReplyRequest request) =>
        new(request.FitCard(page => Card(answer, request, page)), Text(answer, request.TextPage));

    private static AdaptiveCard Card(NextMeetingsAnswer answer, ReplyRequest request, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title, $"As of {Wording.DayAndDate(answer.Today)}"));
        if (answer.Dates.Count == 0) body.Add(TextBlock.Literal(Empty(answer)));
        foreach (var date in page.Slice(answer.Dates))
        {
            body.Add(CardParts.Entry(Entry(answer.Today, date, request)));
        }
        body.AddRange(page.Footer(answer.Dates.Count));
        if (page.Offset == 0 && answer.Doubtful.Count > 0)
        {
            body.Add(DoubtParts.SectionHeading());
            body.AddRange(answer.Doubtful.Select(d => DoubtParts.Card(d.Doubt!, d.Source)));
        }
        return CardParts.Card(body, Title);
    }

    private static string Text(NextMeetingsAnswer answer, ListPage page)
    {
        var text = new PlainText().Title(Title, $"As of {Wording.DayAndDate(answer.Today)}");
        if (answer.Dates.Count == 0) text.Paragraph(Empty(answer));
        foreach (var date in page.Slice(answer.Dates))
        {
            text.Entry(
                $"{Wording.DateRange(date.Date, date.EndDate)} ({Wording.DaysToGo(answer.Today, date.Date)})",
                $"{Wording.DateKind(date.Kind)}: {UpcomingDateWording.Said(date)}",
                date.ChangedBy is null ? null : $"Changed by {date.ChangedBy}",
                CorrectionParts.Text(date.Corrected),
                Wording.CitationWithTitle(date.Source));
        }
        text.Footer(page, answer.Dates.Count);
        if (page.Offset == 0 && answer.Doubtful.Count > 0)
        {
            text.Paragraph(DoubtParts.Heading);
            foreach (var date in answer.Doubtful) DoubtParts.Text(text, date.Doubt!, date.Source);
        }
        return text.ToString();
    }

    private static string Empty(NextMeetingsAnswer answer) =>
        $"{Wording.Capitalised(Wording.MinutesOf(answer.Scope))} name no coming meeting{(answer.Doubtful.Count > 0 ? " for certain" : "")}.";

    private static IEnumerable<CardElement> Entry(DateOnly today, UpcomingDate date, ReplyRequest request)
    {
        yield return new ColumnSet([
            new Column([CardParts.Strong(Wording.DateRange(date.Date, date.EndDate))]) { Width = "stretch" },
            new Column([TextBlock.Literal(Wording.DaysToGo(today, date.Date)) with { Color = TextColor.Accent, Weight = TextWeight.Bolder }]) { Width = "auto" },
        ]);
        yield return CardParts.Passage($"{Wording.DateKind(date.Kind)}: {UpcomingDateWording.Said(date)}");
        if (date.ChangedBy is not null)
        {
            yield return TextBlock.Literal($"Changed by {date.ChangedBy}") with { Color = TextColor.Warning, Spacing = Spacing.Small };
        }
        foreach (var corrected in CorrectionParts.Card(date.Corrected)) yield return corrected;
        yield return CardParts.Source(date.Source);
        yield return CardParts.Buttons(new OpenUrlAction("Add to calendar", request.CalendarUrl(CalendarEventId.For(date))));
    }
}
