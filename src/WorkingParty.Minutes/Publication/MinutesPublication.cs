namespace WorkingParty.Minutes.Publication;

/// <summary>
/// Who published one meeting's minutes and when (null for minutes read from the minutes folder), and whether the
/// secretariat withdrew them: withdrawn minutes are kept, with their comments and acknowledgements, but nobody is
/// answered from them until they are restored. Kept beside the record, under its source (<c>Corrections/MeetingSource</c>).
/// </summary>
public sealed record MinutesPublication(CorrectionMark? Published, CorrectionMark? Withdrawn)
{
    public static MinutesPublication FromFolder { get; } = new(null, null);

    /// <summary>The last time they were restored after a withdrawal, if ever.</summary>
    public CorrectionMark? Restored { get; init; }

    /// <summary>The earlier version these minutes replaced when published (a revision), if any.</summary>
    public EarlierVersion? Revises { get; init; }

    /// <summary>Who published a revision that replaced these minutes: kept, no longer answered from.</summary>
    public CorrectionMark? Superseded { get; init; }

    public bool IsWithdrawn => Withdrawn is not null;

    /// <summary>Whether delegates are answered from these minutes: neither withdrawn nor replaced by a revision.</summary>
    public bool IsAnswerable => Withdrawn is null && Superseded is null;
}

/// <summary>The version of minutes a revision replaced: its source, record id, file and document number.</summary>
public sealed record EarlierVersion(string SourceId, string MeetingId, string FileName, string? DocumentNumber);
