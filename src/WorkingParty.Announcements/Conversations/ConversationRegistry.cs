using System.Collections.Concurrent;
using WorkingParty.Announcements.Storage;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Announcements.Conversations;

/// <summary>
/// Every conversation the bot is installed in or spoken to, under <c>conversations/</c>. The host calls
/// <see cref="RememberAsync"/> on every turn: a record seen recently and unchanged costs no storage call at all,
/// and an unchanged stored record is never rewritten.
/// </summary>
public sealed class ConversationRegistry(IDocumentStore store, TimeProvider time)
{
    // Another instance may forget a conversation; trusting this cache only for a while bounds how long we would not notice.
    private static readonly TimeSpan TrustSeen = TimeSpan.FromMinutes(10);

    private readonly DocumentCollection<ConversationRecord> _conversations = new(store, "conversations");
    private readonly ConcurrentDictionary<string, (ConversationRecord Record, DateTimeOffset Until)> _seen = new();

    public async Task RememberAsync(ConversationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.ConversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Reference);
        if (_seen.TryGetValue(record.ConversationId, out var seen) && time.GetUtcNow() < seen.Until && Covers(seen.Record, record))
            return;

        var id = IdOf(record.ConversationId);
        while (true)
        {
            var current = await _conversations.GetAsync(id, cancellationToken);
            if (current is null)
            {
                if (await _conversations.TryCreateAsync(id, record, cancellationToken) is not null)
                    break;
                continue;
            }
            var merged = Merge(current.Value, record);
            if (merged == current.Value || await _conversations.TryReplaceAsync(id, merged, current.ETag, cancellationToken) is not null)
            {
                record = merged;
                break;
            }
        }
        _seen[record.ConversationId] = (record, time.GetUtcNow() + TrustSeen);
    }

    /// <summary>Drops a conversation the bot was uninstalled from or removed from; false when it was not known.</summary>
    public async Task<bool> ForgetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        _seen.TryRemove(conversationId, out _);
        return await _conversations.DeleteAsync(IdOf(conversationId), cancellationToken);
    }

    public Task<ConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _conversations.GetValueAsync(IdOf(conversationId), cancellationToken);

    public IAsyncEnumerable<ConversationRecord> ListAsync(CancellationToken cancellationToken = default) =>
        _conversations.ListAsync(cancellationToken: cancellationToken).Select(document => document.Value);

    private static string IdOf(string conversationId) => KeySegment.Hash(conversationId);

    // A turn that does not know the user's delegation must not erase the one learnt earlier.
    private static ConversationRecord Merge(ConversationRecord stored, ConversationRecord update) => update with
    {
        TenantId = update.TenantId ?? stored.TenantId,
        UserId = update.UserId ?? stored.UserId,
        UserName = update.UserName ?? stored.UserName,
        Delegation = update.Delegation ?? stored.Delegation,
    };

    private static bool Covers(ConversationRecord known, ConversationRecord update) => Merge(known, update) == known;
}
