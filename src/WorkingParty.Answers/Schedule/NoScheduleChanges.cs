namespace WorkingParty.Answers.Schedule;

/// <summary>For hosts that have no announcements: nothing has changed.</summary>
public sealed class NoScheduleChanges : IScheduleChanges
{
    public IReadOnlyList<ScheduleChange> Current() => [];
}
