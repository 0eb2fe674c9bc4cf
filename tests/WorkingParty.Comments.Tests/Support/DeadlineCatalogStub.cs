using WorkingParty.Comments;
using WorkingParty.Comments.Deadlines;

namespace WorkingParty.Comments.Tests.Support;

/// <summary>A catalog holding the deadlines a test gives it.</summary>
public sealed class DeadlineCatalogStub(params DeadlineInfo[] deadlines) : IDeadlineCatalog
{
    public Task<DeadlineInfo?> FindAsync(string deadlineId, CancellationToken cancellationToken = default) =>
        Task.FromResult(deadlines.FirstOrDefault(d => d.Id == deadlineId));
}
