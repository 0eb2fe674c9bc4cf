using System.Runtime.CompilerServices;
using WorkingParty.Storage;

namespace WorkingParty.Minutes.Storage;

/// <summary>Meeting records in the document store, one document per meeting under <c>meetings/{id}</c>.</summary>
public sealed class MeetingRepository(IDocumentStore store)
{
    private const string Prefix = "meetings/";
    private const int SaveAttempts = 5;

    /// <summary>Stores the meeting, replacing an earlier record of the same meeting; an identical record is not written again.</summary>
    public async Task SaveAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        var key = Prefix + meeting.Id;
        var json = MeetingJson.Serialize(meeting);
        for (var attempt = 0; attempt < SaveAttempts; attempt++)
        {
            if (await store.TryCreateAsync(key, json, cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }

            // Someone else may write the same meeting at the same time: replace what is there now, or try again.
            var current = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (current?.Json == json)
            {
                return;
            }

            if (current is not null && await store.TryReplaceAsync(key, json, current.ETag, cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }
        }

        throw new IOException($"Meeting {meeting.Id} changed under every one of {SaveAttempts} attempts to save it.");
    }

    public async Task<Meeting?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var document = await store.GetAsync(Prefix + id, cancellationToken).ConfigureAwait(false);
        return document is null ? null : MeetingJson.Deserialize(document.Json);
    }

    /// <summary>The ids of the stored meetings, in ordinal order.</summary>
    public async IAsyncEnumerable<string> ListIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var key in store.ListKeysAsync(Prefix, cancellationToken).ConfigureAwait(false))
        {
            yield return key[Prefix.Length..];
        }
    }

    public async IAsyncEnumerable<Meeting> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var key in store.ListKeysAsync(Prefix, cancellationToken).ConfigureAwait(false))
        {
            var document = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (document is not null)
            {
                yield return MeetingJson.Deserialize(document.Json);
            }
        }
    }
}
