namespace WorkingParty.Minutes.Extraction;

/// <summary>The meeting's first day, its last when it lasted several, and where the date was read.</summary>
public sealed record MeetingDate(DateOnly Date, DateOnly? EndDate, MeetingDateSource Source)
{
    public bool Inferred => Source == MeetingDateSource.Inferred;
}
