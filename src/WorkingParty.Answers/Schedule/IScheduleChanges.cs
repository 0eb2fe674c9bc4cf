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
