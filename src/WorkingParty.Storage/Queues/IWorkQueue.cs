namespace WorkingParty.Storage.Queues;

/// <summary>
/// A queue of small work items shared by every instance of the bot (e.g. the announcements outbox).
/// A received message is hidden for a visibility timeout; whoever received it deletes it when the
/// work is done, or it reappears for another receiver (at-least-once delivery).
/// </summary>
public interface IWorkQueue
{
    /// <summary>The most messages one receive may ask for (Azure Queue Storage's limit).</summary>
    const int MaxMessagesPerReceive = 32;

    Task EnqueueAsync(string message, TimeSpan visibilityDelay = default, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<QueuedMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    /// <summary>Removes a received message; false when the receipt is stale (the message was received again or is gone).</summary>
    Task<bool> DeleteAsync(MessageReceipt receipt, CancellationToken cancellationToken = default);

    /// <summary>Hides a received message for <paramref name="visibilityTimeout"/> from now; returns the new receipt, or null when the receipt is stale.</summary>
    Task<MessageReceipt?> ExtendVisibilityAsync(MessageReceipt receipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);
}
