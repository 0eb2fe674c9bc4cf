using System.Collections.Concurrent;
using WorkingParty.Announcements.Storage;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// The outbox items under <c>outbox/{announcement}/{conversation hash}</c>: one deterministic id per announcement
/// and conversation, so planning a broadcast twice adds nothing.
/// </summary>
public sealed class Outbox(IDocumentStore store)
{
    private const int ParallelReads = 8;

    internal DocumentCollection<OutboxItem> Items { get; } = new(store, "outbox");

    public static string IdOf(string announcementId, string conversationId) => $"{announcementId}/{KeySegment.Hash(conversationId)}";

    /// <summary>Whether a queue message could be an id made by <see cref="IdOf"/>.</summary>
    public static bool IsItemId(string text) =>
        text.Split('/') is [var announcement, var conversation]
        && announcement.Length > 0 && announcement.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
        && conversation.Length == KeySegment.HashLength && conversation.All(char.IsAsciiHexDigitLower);

    /// <summary>Every item of one announcement, read several at a time (a broadcast may have thousands).</summary>
    public async Task<IReadOnlyList<OutboxItem>> ReadAsync(string announcementId, CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        await foreach (var id in Items.ListIdsAsync(announcementId + "/", cancellationToken))
            ids.Add(id);
        var items = new ConcurrentBag<OutboxItem>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (id, token) =>
            {
                if (await Items.GetAsync(id, token) is { } item)
                    items.Add(item.Value);
            });
        return items.OrderBy(i => i.Recipient.ConversationId, StringComparer.Ordinal).ToList();
    }
}
