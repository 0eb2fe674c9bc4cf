namespace WorkingParty.Comments.Deadlines;

/// <summary>The deadlines comments may be written on; implemented by the host from the stored minutes.</summary>
public interface IDeadlineCatalog
{
    /// <summary>The deadline with this id, or null when there is none.</summary>
    Task<DeadlineInfo?> FindAsync(string deadlineId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The deadline with this id in any minutes still stored, withdrawn ones too (<see cref="DeadlineInfo.MinutesWithdrawn"/>):
    /// the comments already sent on it are kept, and the secretariat may compile them. Null when there is none.
    /// </summary>
    Task<DeadlineInfo?> FindKeptAsync(string deadlineId, CancellationToken cancellationToken = default) => FindAsync(deadlineId, cancellationToken);
}
