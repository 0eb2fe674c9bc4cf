namespace WorkingParty.Announcements.ScheduleChanges;

public enum ScheduleChangeKind
{
    /// <summary>The working party's next meeting moved; the target is <see cref="ScheduleChange.NextMeetingTarget"/>.</summary>
    NextMeeting,

    /// <summary>A deadline was extended; the target is the deadline's id.</summary>
    Deadline,
}
