namespace WorkingParty.Minutes.Revisions;

public enum FactKind { MeetingDate, Item, Date, Deadline }

public enum Change { Added, Removed, Changed }

/// <summary>A fact of a new version of minutes against the stored version: what it was, what it is (either null when added or removed).</summary>
public sealed record FactChange(FactKind Kind, Change Change, string? Before, string? After);

/// <summary>
/// A deadline of the stored version whose id the new version would change (another due date, another item, or another
/// meeting date, which the meeting's id holds): the id it had (<see cref="EarlierId"/>), so the comments written on it
/// stay attached, and the due date their authors are told of when it moved.
/// </summary>
public sealed record MovedDeadline(string FactId, string EarlierMeetingId, string EarlierLocalId, DateOnly EarlierDate, DateOnly Date, string Subject)
{
    /// <summary>The id comments on the deadline were written under.</summary>
    public string EarlierId => $"{EarlierMeetingId}/{EarlierLocalId}";
}

/// <summary>What a new version of minutes changes against the stored version, fact by fact.</summary>
public sealed record MinutesChanges(IReadOnlyList<FactChange> Changes, IReadOnlyList<MovedDeadline> MovedDeadlines)
{
    public static MinutesChanges None { get; } = new([], []);
}
