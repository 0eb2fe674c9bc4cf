namespace WorkingParty.Minutes.Model;

/// <summary>
/// A due date the minutes give as part of a month or year, not a day: their own words ("end of April", "mid-March",
/// "end of the year") and whether the day read from them is an estimate ("mid-March": around the 15th) rather than the
/// span's last day ("end of April": 30 April).
/// </summary>
public sealed record VagueDue(string Words, bool Approximate);
