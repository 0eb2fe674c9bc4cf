namespace WorkingParty.Cards.Views;

/// <summary>
/// The secretariat's list of stored minutes (the <c>minutes</c> command), latest meeting first: each with what it is,
/// where it came from, who published it, its corrections, and whether it is withdrawn, with Withdraw or Restore.
/// </summary>
public sealed record StoredMinutesView(IReadOnlyList<StoredMinutesEntry> Minutes)
{
    /// <summary>Where the list starts (its next page).</summary>
    public int Offset { get; init; }

    /// <summary>What the last button did ("Withdrawn: …"), or why it did nothing.</summary>
    public ReviewNotice? Notice { get; init; }
}

/// <summary>Someone of the secretariat, and when they acted.</summary>
public sealed record ActedBy(string By, DateTimeOffset At);

/// <param name="SourceId">What Withdraw and Restore name the minutes by.</param>
/// <param name="Published">Who published them from Teams; null for minutes read from the minutes folder.</param>
/// <param name="Unmatched">Corrections of facts these minutes no longer have (kept, not applied).</param>
/// <param name="Withdrawn">Who withdrew them; null while delegates are answered from them.</param>
public sealed record StoredMinutesEntry(
    string SourceId, string Body, DateOnly MeetingDate, string? DocumentNumber, string SourceFile, ActedBy? Published,
    int Corrections, int Unmatched, ActedBy? Withdrawn)
{
    /// <summary>The file of the earlier version these minutes replaced (a revision), if any.</summary>
    public string? Revises { get; init; }

    /// <summary>Who published a revision that replaced these minutes (kept, not answered from); null otherwise.</summary>
    public ActedBy? Superseded { get; init; }
}
