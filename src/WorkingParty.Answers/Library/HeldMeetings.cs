namespace WorkingParty.Answers.Library;

internal static class HeldMeetings
{
    public static HeldMeeting Of(Meeting meeting) =>
        new(meeting.Id, meeting.Body, meeting.Date, meeting.EndDate, meeting.DateInferred, meeting.Header.DocumentNumber,
            meeting.Header.IssueDate, meeting.Header.Kind, meeting.Items.Count) { Corrected = meeting.Corrected };
}
