namespace WorkingParty.Announcements.ScheduleChanges;

/// <summary>
/// A date the secretariat changed through an announcement's form fields, with where it came from,
/// so that answers about the next meeting or open deadlines can say "moved by announcement X of Y on Z".
/// </summary>
public sealed record ScheduleChange(
    ScheduleChangeKind Kind,
    string Target,
    DateOnly NewDate,
    string AnnouncementId,
    string AuthorName,
    DateTimeOffset RecordedAt)
{
    public const string NextMeetingTarget = "next-meeting";
}
