namespace WorkingParty.Answers.Schedule;

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
