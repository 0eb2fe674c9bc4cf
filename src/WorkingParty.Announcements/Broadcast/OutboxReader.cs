using System.Collections.Concurrent;
using WorkingParty.Announcements.Storage;
using WorkingParty.Storage;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>Reads every outbox item of one announcement, several at a time (a broadcast may have thousands).</summary>
public sealed class OutboxReader(IDocumentStore store)
{
    private const int ParallelReads = 8;

    public async Task<IReadOnlyList<OutboxItem>> ReadAsync(string announcementId, CancellationToken cancellationToken = default)
    {
        var keys = new List<string>();
        await foreach (var key in store.ListKeysAsync(OutboxKeys.Of(announcementId), cancellationToken))
            keys.Add(key);
        var items = new ConcurrentBag<OutboxItem>();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (key, token) =>
            {
                if (await store.GetAsync(key, token) is { } document)
                    items.Add(DocumentJson.Read<OutboxItem>(document));
            });
        return items.OrderBy(i => i.Recipient.ConversationId, StringComparer.Ordinal).ToList();
    }
}
