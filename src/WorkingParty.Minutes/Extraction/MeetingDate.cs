namespace WorkingParty.Minutes.Extraction;

/// <summary>The meeting's date and whether it was inferred from the dates the minutes mention.</summary>
public sealed record MeetingDate(DateOnly Date, bool Inferred);
