namespace WorkingParty.Answers.Schedule;

/// <summary>
/// Port: the date changes the secretariat has announced since the minutes were written (issue 6). Answers apply them
/// over what the minutes say and name who changed what.
/// </summary>
public interface IScheduleChanges
{
    /// <summary>Every change announced so far, in the order announced (a later change wins).</summary>
    IReadOnlyList<ScheduleChange> Current();
}

/// <summary>Where a change comes from: the announcement, its author, and when it was made.</summary>
public sealed record ChangeProvenance(string AnnouncementId, string Author, DateTimeOffset At)
{
    public override string ToString() => $"{Author}, {At:d MMMM yyyy HH:mm} (announcement {AnnouncementId})";
}

public abstract record ScheduleChange(ChangeProvenance Provenance);

/// <summary>
/// A meeting of <paramref name="Body"/> moved to <paramref name="To"/>: the one on <paramref name="From"/>, or the next
/// one after today when <paramref name="From"/> is null.
/// </summary>
public sealed record MeetingMoved(string Body, DateOnly? From, DateOnly To, ChangeProvenance Provenance) : ScheduleChange(Provenance);

/// <summary>The deadline <c>{meetingId}/{Deadline.LocalId}</c> now falls on <paramref name="To"/>.</summary>
public sealed record DeadlineMoved(string DeadlineId, DateOnly To, ChangeProvenance Provenance) : ScheduleChange(Provenance);

/// <summary>For hosts that have no announcements: nothing has changed.</summary>
public sealed class NoScheduleChanges : IScheduleChanges
{
    public IReadOnlyList<ScheduleChange> Current() => [];
}
