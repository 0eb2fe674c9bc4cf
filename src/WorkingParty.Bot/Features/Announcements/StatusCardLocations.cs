using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>Where the author's status card of a broadcast is: their conversation and the message id, to update it in place.</summary>
public sealed record StatusCardLocation(string Reference, string ActivityId);

/// <summary>The status card locations, under <c>status-cards/{announcement}</c>.</summary>
public sealed class StatusCardLocations(IDocumentStore store)
{
    private readonly DocumentCollection<StatusCardLocation> _locations = new(store, "status-cards");

    public async Task KeepAsync(string announcementId, StatusCardLocation location, CancellationToken cancellationToken) =>
        await _locations.SaveAsync(announcementId, _ => location, cancellationToken);

    public Task<StatusCardLocation?> FindAsync(string announcementId, CancellationToken cancellationToken) =>
        _locations.GetValueAsync(announcementId, cancellationToken);
}
