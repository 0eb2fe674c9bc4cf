namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// Meetings whose minutes are held: the last one of each working party asked about ("when did we last meet?"), or all
/// of them with their documents ("which minutes do you have?"), or when their minutes were issued, latest first.
/// </summary>
internal static class MeetingsHeldPresentation
{
    public static Reply Present(LastMeetingsAnswer answer, ReplyRequest request) =>
        Present(answer.Meetings is [var only] ? $"Last meeting: {(only.DateInferred ? $"date not stated (about {Wording.DayAndDate(only.Date)})" : Wording.DayAndDate(only.Date))}" : "Last meeting of each working party",
            answer.Today, answer.Meetings, withDocument: false, request);

    public static Reply Present(MinutesListAnswer answer, ReplyRequest request) =>
        Present($"Minutes held: {answer.Meetings.Count} {(answer.Meetings.Count == 1 ? "meeting" : "meetings")}",
            answer.Today, answer.Meetings, withDocument: true, request);

    /// <summary>The title answers the question: the issue date of the one record asked about, or how many records follow.</summary>
    public static Reply Present(MinutesIssuedAnswer answer, ReplyRequest request) =>
        Present(answer.Meetings is [var only]
                ? only.IssueDate is { } issued ? $"Minutes issued on {Wording.DayAndDate(issued)}" : "The minutes do not state when they were issued"
                : $"When the minutes were issued: {answer.Meetings.Count} meetings",
            answer.Today, answer.Meetings, withDocument: true, request);

    private static Reply Present(string title, DateOnly today, IReadOnlyList<HeldMeeting> meetings, bool withDocument, ReplyRequest request) =>
        new(request.FitCard(page => Card(title, today, meetings, withDocument, page)), Text(title, today, meetings, withDocument, request.TextPage));

    private static AdaptiveCard Card(string title, DateOnly today, IReadOnlyList<HeldMeeting> meetings, bool withDocument, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(title, $"As of {Wording.DayAndDate(today)}"));
        foreach (var meeting in page.Slice(meetings))
        {
            body.Add(CardParts.Entry([
                new ColumnSet([
                    new Column([CardParts.Strong(meeting.Body)]) { Width = "stretch" },
                    new Column([TextBlock.Literal(Wording.DaysToGo(today, meeting.Date)) with { Color = TextColor.Accent }]) { Width = "auto" },
                ]),
                .. Lines(meeting, withDocument).Select(line => TextBlock.Literal(line) with { Spacing = Spacing.Small }),
            ]));
        }
        body.AddRange(page.Footer(meetings.Count));
        return CardParts.Card(body, title);
    }

    private static string Text(string title, DateOnly today, IReadOnlyList<HeldMeeting> meetings, bool withDocument, ListPage page)
    {
        var text = new PlainText().Title(title, $"As of {Wording.DayAndDate(today)}");
        foreach (var meeting in page.Slice(meetings))
        {
            text.Entry($"{meeting.Body} ({Wording.DaysToGo(today, meeting.Date)})", Lines(meeting, withDocument));
        }
        return text.Footer(page, meetings.Count).ToString();
    }

    private static IEnumerable<string> Lines(HeldMeeting meeting, bool withDocument)
    {
        yield return $"Met on {Wording.DateRange(meeting.Date, meeting.EndDate)}{(meeting.DateInferred ? " (date inferred; the minutes do not state it)" : "")}";
        foreach (var said in meeting.DateSaid) yield return $"The minutes say: \u201c{said}\u201d";
        if (withDocument)
        {
            yield return $"Document {meeting.DocumentNumber ?? "number not stated"}" + (meeting.Kind is { } kind ? $" ({Wording.SentenceCase(kind)})" : "") +
                (meeting.IssueDate is { } issued ? $", issued {Wording.Date(issued)}" : ", issue date not stated");
        }
        yield return meeting.Items == 1 ? "1 agenda item" : $"{meeting.Items} agenda items";
        if (CorrectionParts.Text(meeting.Corrected) is { } corrected) yield return corrected;
    }
}
