namespace WorkingParty.Comments.Deadlines;

/// <summary>What the comments domain needs to know about a deadline, as the host's catalog tells it.</summary>
/// <param name="Id">e.g. "2017-03-15-hwp-cyber-issues/item-9-2017-04-03" (meeting id / deadline within it).</param>
/// <param name="DueDate">Comments are accepted until the end of this day in the configured time zone.</param>
/// <param name="Subject">What is requested, e.g. "written comments on doc. 7130/17".</param>
public sealed record DeadlineInfo(
    string Id,
    DateOnly DueDate,
    string Subject,
    IReadOnlyList<string> Documents,
    string Meeting)
{
    /// <summary>The minutes of the deadline are withdrawn: nobody may write on it any more; what was sent is kept.</summary>
    public bool MinutesWithdrawn { get; init; }

    public const string WithdrawnNote = "The minutes of this meeting are withdrawn: these comments were sent before, and no more can be.";
}
