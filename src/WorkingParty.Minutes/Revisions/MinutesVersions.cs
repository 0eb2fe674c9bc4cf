using WorkingParty.Minutes.Storage;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Minutes.Revisions;

/// <summary>
/// Earlier versions of minutes that a revision replaced, kept as read under <c>minutes-versions/{source id}</c> (the
/// revision may take their place under the same meeting id in the minutes store). Never answered from.
/// </summary>
public sealed class MinutesVersions(IDocumentStore store)
{
    private readonly DocumentCollection<KeptVersion> _versions = new(store, "minutes-versions");

    public Task KeepAsync(string sourceId, Meeting read, CancellationToken cancellationToken = default) =>
        _versions.SaveAsync(sourceId, _ => new KeptVersion(MeetingJson.Serialize(read)), cancellationToken);

    public async Task<Meeting?> GetAsync(string sourceId, CancellationToken cancellationToken = default) =>
        await _versions.GetValueAsync(sourceId, cancellationToken).ConfigureAwait(false) is { } kept ? MeetingJson.Deserialize(kept.MeetingJson) : null;

    private sealed record KeptVersion(string MeetingJson);
}
