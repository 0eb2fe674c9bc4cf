namespace WorkingParty.Minutes.Recognition;

/// <summary>A request with a due date found in a sentence: the date token it is due by, what and from whom.</summary>
public sealed record DeadlineMention(int DateIndex, string Subject, string RequestedFrom);
