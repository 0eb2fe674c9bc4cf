using WorkingParty.Storage.Collections;

namespace WorkingParty.Storage.Queues;

/// <summary>
/// A work queue kept as documents in an <see cref="IDocumentStore"/> (one per message, under
/// "queues/{name}/"): receiving is a replace with the ETag read, so two receivers never get the same
/// message at once. Made for one instance on the <see cref="FileDocumentStore"/>; every receive reads
/// the whole queue, so use Azure Queue Storage when the queue is long or shared.
/// </summary>
public sealed class StoreWorkQueue : IWorkQueue
{
    private readonly DocumentCollection<QueueEntry> _entries;
    private readonly TimeProvider _time;

    public StoreWorkQueue(IDocumentStore store, string queueName, TimeProvider time)
    {
        _entries = new DocumentCollection<QueueEntry>(store, "queues/" + queueName);
        _time = time;
    }

    public async Task EnqueueAsync(string message, TimeSpan visibilityDelay = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = _time.GetUtcNow();
        // Ids start with the enqueue time so that listing gives roughly first-in, first-out.
        var id = $"{now.UtcTicks:D19}-{Guid.NewGuid():N}";
        await _entries.TryCreateAsync(id, new QueueEntry(message, now + visibilityDelay, 0, null, false), cancellationToken);
    }

    public async Task<IReadOnlyList<QueuedMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessages);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, IWorkQueue.MaxMessagesPerReceive);
        var received = new List<QueuedMessage>();
        await foreach (var entry in _entries.ListAsync(cancellationToken: cancellationToken))
        {
            if (received.Count == maxMessages)
                break;
            if (entry.Value.Deleted)
            {
                await _entries.DeleteAsync(entry.Id, cancellationToken);
                continue;
            }
            var now = _time.GetUtcNow();
            if (entry.Value.VisibleAt > now)
                continue;
            var taken = entry.Value with { VisibleAt = now + visibilityTimeout, DequeueCount = entry.Value.DequeueCount + 1, PopReceipt = NewPopReceipt() };
            if (await _entries.TryReplaceAsync(entry.Id, taken, entry.ETag, cancellationToken) is not null)
                received.Add(new QueuedMessage(taken.Body, taken.DequeueCount, new MessageReceipt(entry.Id, taken.PopReceipt)));
        }
        return received;
    }

    public async Task<bool> DeleteAsync(MessageReceipt receipt, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(receipt, cancellationToken);
        // Marking it deleted with the ETag first makes a receipt that went stale meanwhile lose.
        if (current is null || await _entries.TryReplaceAsync(current.Id, current.Value with { Deleted = true }, current.ETag, cancellationToken) is null)
            return false;
        await _entries.DeleteAsync(current.Id, cancellationToken);
        return true;
    }

    public async Task<MessageReceipt?> ExtendVisibilityAsync(MessageReceipt receipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(receipt, cancellationToken);
        if (current is null)
            return null;
        var extended = current.Value with { VisibleAt = _time.GetUtcNow() + visibilityTimeout, PopReceipt = NewPopReceipt() };
        return await _entries.TryReplaceAsync(current.Id, extended, current.ETag, cancellationToken) is null
            ? null
            : new MessageReceipt(current.Id, extended.PopReceipt);
    }

    private async Task<Versioned<QueueEntry>?> CurrentAsync(MessageReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var current = await _entries.GetAsync(receipt.MessageId, cancellationToken);
        return current is { Value.Deleted: false } && current.Value.PopReceipt == receipt.PopReceipt ? current : null;
    }

    private static string NewPopReceipt() => Guid.NewGuid().ToString("N");

    private sealed record QueueEntry(string Body, DateTimeOffset VisibleAt, int DequeueCount, string? PopReceipt, bool Deleted);
}
