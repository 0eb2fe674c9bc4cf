using Azure;
using Azure.Storage.Queues;
using WorkingParty.Storage.Queues;

namespace WorkingParty.Storage.Azure.Queues;

/// <summary>
/// The work queue on Azure Queue Storage (created on first use), for several bot instances sharing
/// one queue. Messages never expire; bodies travel Base64-encoded so any text survives.
/// </summary>
public sealed class AzureWorkQueue : IWorkQueue
{
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    private readonly QueueClient _queue;
    private volatile bool _queueExists;

    public AzureWorkQueue(QueueClient queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        _queue = queue;
    }

    public AzureWorkQueue(string connectionString, string queueName)
        : this(new QueueClient(connectionString, queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }))
    {
    }

    public async Task EnqueueAsync(string message, TimeSpan visibilityDelay = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await EnsureQueueAsync(cancellationToken);
        await _queue.SendMessageAsync(message, visibilityDelay > TimeSpan.Zero ? visibilityDelay : null, NeverExpires, cancellationToken);
    }

    public async Task<IReadOnlyList<QueuedMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessages);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, IWorkQueue.MaxMessagesPerReceive);
        await EnsureQueueAsync(cancellationToken);
        var messages = await _queue.ReceiveMessagesAsync(maxMessages, visibilityTimeout, cancellationToken);
        return messages.Value
            .Select(m => new QueuedMessage(m.Body.ToString(), (int)m.DequeueCount, new MessageReceipt(m.MessageId, m.PopReceipt)))
            .ToList();
    }

    public async Task<bool> DeleteAsync(MessageReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        try
        {
            await _queue.DeleteMessageAsync(receipt.MessageId, receipt.PopReceipt, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (IsStaleReceipt(e))
        {
            return false;
        }
    }

    public async Task<MessageReceipt?> ExtendVisibilityAsync(MessageReceipt receipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        try
        {
            var updated = await _queue.UpdateMessageAsync(receipt.MessageId, receipt.PopReceipt, visibilityTimeout: visibilityTimeout, cancellationToken: cancellationToken);
            return receipt with { PopReceipt = updated.Value.PopReceipt };
        }
        catch (RequestFailedException e) when (IsStaleReceipt(e))
        {
            return null;
        }
    }

    private static bool IsStaleReceipt(RequestFailedException e) =>
        e.Status == 404 || e.ErrorCode == "PopReceiptMismatch";

    private async Task EnsureQueueAsync(CancellationToken cancellationToken)
    {
        if (_queueExists)
            return;
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _queueExists = true;
    }
}
