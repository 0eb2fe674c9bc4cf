using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Minutes.Publication;

/// <summary>
/// The <see cref="MinutesPublication"/> of every meeting's minutes, one document per source under
/// <c>minutes-publications/{source id}</c>; minutes without one came from the minutes folder and were never withdrawn.
/// </summary>
public sealed class MinutesPublications(IDocumentStore store)
{
    private readonly DocumentCollection<MinutesPublication> _publications = new(store, "minutes-publications");

    public async Task<MinutesPublication> GetAsync(string sourceId, CancellationToken cancellationToken = default) =>
        await _publications.GetValueAsync(sourceId, cancellationToken).ConfigureAwait(false) ?? MinutesPublication.FromFolder;

    /// <summary>Records who published the minutes (and what earlier version they replace); published again, they are answerable again.</summary>
    public Task RecordPublishedAsync(string sourceId, CorrectionMark by, EarlierVersion? revises = null, CancellationToken cancellationToken = default) =>
        _publications.SaveAsync(sourceId, current => new MinutesPublication(by, null) { Restored = current?.Restored, Revises = revises ?? current?.Revises }, cancellationToken);

    /// <summary>Marks minutes replaced by a revision: kept, no longer answered from.</summary>
    public Task SupersedeAsync(string sourceId, CorrectionMark by, CancellationToken cancellationToken = default) =>
        _publications.SaveAsync(sourceId, current => (current ?? MinutesPublication.FromFolder) with { Superseded = by }, cancellationToken);

    /// <summary>Withdraws the minutes; the publication as it was before (already withdrawn, or not), and as it is now.</summary>
    public Task<(MinutesPublication Before, MinutesPublication After)> WithdrawAsync(string sourceId, CorrectionMark by, CancellationToken cancellationToken = default) =>
        ChangeAsync(sourceId, current => current.IsWithdrawn ? current : current with { Withdrawn = by }, cancellationToken);

    /// <summary>Restores withdrawn minutes; the publication as it was before (not withdrawn, or withdrawn), and as it is now.</summary>
    public Task<(MinutesPublication Before, MinutesPublication After)> RestoreAsync(string sourceId, CorrectionMark by, CancellationToken cancellationToken = default) =>
        ChangeAsync(sourceId, current => current.IsWithdrawn ? current with { Withdrawn = null, Restored = by } : current, cancellationToken);

    /// <summary>Every publication recorded, by source id.</summary>
    public IAsyncEnumerable<(string SourceId, MinutesPublication Publication)> ListAsync(CancellationToken cancellationToken = default) =>
        _publications.ListValuesAsync(cancellationToken);

    private async Task<(MinutesPublication Before, MinutesPublication After)> ChangeAsync(
        string sourceId, Func<MinutesPublication, MinutesPublication> change, CancellationToken cancellationToken)
    {
        MinutesPublication? before = null;
        var after = await _publications.SaveAsync(sourceId, current => change(before = current ?? MinutesPublication.FromFolder), cancellationToken).ConfigureAwait(false);
        return (before!, after.Value);
    }
}
