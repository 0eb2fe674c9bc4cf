using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// The corrections of every meeting's minutes, one document per minutes under <c>minutes-corrections/{source id}</c>
/// (<see cref="MeetingSource"/>), beside the records as read: a record read again finds its corrections there.
/// </summary>
public sealed class MinutesCorrections(IDocumentStore store)
{
    private readonly DocumentCollection<CorrectionSet> _sets = new(store, "minutes-corrections");

    public async Task<CorrectionSet> GetAsync(string sourceId, CancellationToken cancellationToken = default) =>
        await _sets.GetValueAsync(sourceId, cancellationToken).ConfigureAwait(false) ?? CorrectionSet.Empty;

    /// <summary>Changes the corrections of one minutes, reading them again when another writer got there first.</summary>
    public async Task<CorrectionSet> SaveAsync(string sourceId, Func<CorrectionSet, CorrectionSet> change, CancellationToken cancellationToken = default) =>
        (await _sets.SaveAsync(sourceId, current => change(current ?? CorrectionSet.Empty), cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Every minutes' corrections, by source id.</summary>
    public IAsyncEnumerable<(string SourceId, CorrectionSet Corrections)> ListAsync(CancellationToken cancellationToken = default) =>
        _sets.ListValuesAsync(cancellationToken);
}
