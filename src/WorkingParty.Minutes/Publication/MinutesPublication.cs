using WorkingParty.Minutes.Model;

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

    public bool IsWithdrawn => Withdrawn is not null;
}
