using System.Runtime.CompilerServices;
using WorkingParty.Announcements.Storage;
using WorkingParty.Storage;

namespace WorkingParty.Announcements.Drafting;

/// <summary>Announcements under <c>announcements/{id}</c>.</summary>
public sealed class AnnouncementRepository(IDocumentStore store)
{
    private const string Prefix = "announcements/";

    public async Task<Announcement?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsValidId(id))
            return null;
        var document = await store.GetAsync(Prefix + id, cancellationToken);
        return document is null ? null : DocumentJson.Read<Announcement>(document);
    }

    /// <summary>Stores a new announcement; false, changing nothing, when its id is taken.</summary>
    public async Task<bool> TryCreateAsync(Announcement announcement, CancellationToken cancellationToken = default) =>
        await store.TryCreateAsync(Prefix + announcement.Id, DocumentJson.Write(announcement), cancellationToken) is not null;

    /// <summary>
    /// Applies <paramref name="change"/> to the current version until it sticks; <paramref name="change"/> returns null
    /// to leave the announcement as it is. Returns the announcement as it now stands, or null when there is none.
    /// </summary>
    public async Task<Announcement?> UpdateAsync(string id, Func<Announcement, Announcement?> change, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var document = await store.GetAsync(Prefix + id, cancellationToken);
            if (document is null)
                return null;
            var current = DocumentJson.Read<Announcement>(document);
            if (change(current) is not { } changed)
                return current;
            if (await store.TryReplaceAsync(Prefix + id, DocumentJson.Write(changed), document.ETag, cancellationToken) is not null)
                return changed;
        }
    }

    public async IAsyncEnumerable<Announcement> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var key in store.ListKeysAsync(Prefix, cancellationToken))
        {
            if (await store.GetAsync(key, cancellationToken) is { } document)
                yield return DocumentJson.Read<Announcement>(document);
        }
    }

    // Ids come back from card actions; anything we could not have issued is simply unknown.
    private static bool IsValidId(string id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 120 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
