namespace WorkingParty.Answers.Library;

internal static class HeldMeetings
{
    public static HeldMeeting Of(Meeting meeting) =>
        new(meeting.Id, meeting.Body, meeting.Date, meeting.EndDate, meeting.DateInferred, meeting.Header.DocumentNumber,
            meeting.Header.IssueDate, meeting.Header.Kind, meeting.Items.Count)
        {
            Corrected = meeting.Corrected,
            DateSaid = meeting.DateInferred ? DateSaid(meeting) : [],
        };

    /// <summary>The sentences of the opening, at most this many, shown beside a meeting date the minutes do not state.</summary>
    private const int OpeningSentences = 2;

    private static List<string> DateSaid(Meeting meeting) =>
        [.. new[] { meeting.Title }.Where(t => !string.IsNullOrWhiteSpace(t)),
            .. meeting.Opening.SelectMany(p => p.Sentences).Take(OpeningSentences).Select(s => s.Text)];
}
