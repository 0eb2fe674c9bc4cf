namespace WorkingParty.Comments.Deadlines;

/// <summary>The deadlines comments may be written on; implemented by the host from the stored minutes.</summary>
public interface IDeadlineCatalog
{
    /// <summary>The deadline with this id, or null when there is none.</summary>
    Task<DeadlineInfo?> FindAsync(string deadlineId, CancellationToken cancellationToken = default);
}
