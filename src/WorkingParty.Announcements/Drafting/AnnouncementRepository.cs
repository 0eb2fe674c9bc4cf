using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Announcements.Drafting;

/// <summary>Announcements under <c>announcements/{id}</c>.</summary>
public sealed class AnnouncementRepository(IDocumentStore store)
{
    private readonly DocumentCollection<Announcement> _announcements = new(store, "announcements");

    public async Task<Announcement?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        IsValidId(id) ? await _announcements.GetValueAsync(id, cancellationToken) : null;

    /// <summary>Stores a new announcement; false, changing nothing, when its id is taken.</summary>
    public async Task<bool> TryCreateAsync(Announcement announcement, CancellationToken cancellationToken = default) =>
        await _announcements.TryCreateAsync(announcement.Id, announcement, cancellationToken) is not null;

    /// <summary>
    /// Applies <paramref name="change"/> to the current version until it sticks; <paramref name="change"/> returns null
    /// to leave the announcement as it is. Returns the announcement as it now stands and whether this call changed it.
    /// </summary>
    public async Task<(Announcement? Now, bool Changed)> UpdateAsync(string id, Func<Announcement, Announcement?> change, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var current = await _announcements.GetAsync(id, cancellationToken);
            if (current is null)
                return (null, false);
            if (change(current.Value) is not { } changed)
                return (current.Value, false);
            if (await _announcements.TryReplaceAsync(id, changed, current.ETag, cancellationToken) is not null)
                return (changed, true);
        }
    }

    public IAsyncEnumerable<Announcement> ListAsync(CancellationToken cancellationToken = default) =>
        _announcements.ListAsync(cancellationToken: cancellationToken).Select(document => document.Value);

    // Ids come back from card actions; anything we could not have issued is simply unknown.
    private static bool IsValidId(string id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 120 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
