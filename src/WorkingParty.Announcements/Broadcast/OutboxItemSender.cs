using System.Diagnostics;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using WorkingParty.Announcements.Drafting;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// Sends one outbox item at most once per claim: it claims the item with a version check, waits for its
/// turn at the rate gate, sends, and records the outcome durably. A delivered item is never sent again;
/// only a crash between the send and the record can repeat a send, after the claim expires.
/// </summary>
public sealed class OutboxItemSender(
    Outbox outbox,
    AnnouncementRepository announcements,
    IAnnouncementSender sender,
    SendRateGate gate,
    RetrySchedule retries,
    BroadcastOptions options,
    TimeProvider time,
    ILogger<OutboxItemSender> logger)
{
    private readonly ConcurrentDictionary<string, Announcement> _announcements = new();

    /// <summary>Names this sender in its claims.</summary>
    public string SenderId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    public async Task<ItemProgress> SendAsync(string itemId, CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(itemId, cancellationToken);
        if (claimed.Progress is { } progress)
            return progress;
        var (item, etag) = (claimed.Item!, claimed.ETag!);

        var announcement = await AnnouncementOfAsync(item.AnnouncementId, cancellationToken);
        if (announcement is null)
        {
            logger.LogWarning("Outbox item {Item} belongs to no stored announcement; dropping it", itemId);
            await RecordAsync(itemId, item, etag, DeliveryState.Failed, "announcement missing", cancellationToken);
            return ItemProgress.Finished;
        }

        using var activity = BroadcastTelemetry.StartSend(item);
        var started = Stopwatch.GetTimestamp();
        var outcome = await TrySendAsync(announcement, item, cancellationToken);
        BroadcastTelemetry.RecordSend(activity, outcome, Stopwatch.GetElapsedTime(started));
        var now = time.GetUtcNow();
        switch (outcome)
        {
            case SendOutcome.Delivered:
                await RecordAsync(itemId, item, etag, DeliveryState.Delivered, outcome.Describe(), cancellationToken);
                return ItemProgress.Finished;
            case SendOutcome.PermanentFailure:
                logger.LogWarning("Announcement {Announcement} could not reach {Conversation}: {Outcome}",
                    item.AnnouncementId, item.Recipient.ConversationId, outcome.Describe());
                await RecordAsync(itemId, item, etag, DeliveryState.Failed, outcome.Describe(), cancellationToken);
                return ItemProgress.Finished;
            default:
                var retryAfter = (outcome as SendOutcome.Throttled)?.RetryAfter;
                if (outcome is SendOutcome.Throttled)
                    gate.HoldUntil(now + (retryAfter ?? options.BaseRetryDelay));
                if (!retries.MayRetry(item.Attempts))
                {
                    BroadcastTelemetry.RecordGaveUp(activity, outcome);
                    logger.LogWarning("Announcement {Announcement} gave up on {Conversation} after {Attempts} attempts: {Outcome}",
                        item.AnnouncementId, item.Recipient.ConversationId, item.Attempts, outcome.Describe());
                    await RecordAsync(itemId, item, etag, DeliveryState.Failed, outcome.Describe(), cancellationToken);
                    return ItemProgress.Finished;
                }
                var due = now + retries.DelayAfter(item.Attempts, retryAfter);
                BroadcastTelemetry.RecordRetry(activity, outcome, due);
                await RecordAsync(itemId, item with { NotBefore = due }, etag, DeliveryState.Pending, outcome.Describe(), cancellationToken);
                return ItemProgress.DueAt(due);
        }
    }

    /// <summary>Claims the item once its turn at the rate gate has come; an item with nothing to send takes no turn.</summary>
    private async Task<Claim> ClaimAsync(string itemId, CancellationToken cancellationToken)
    {
        var gated = false;
        while (true)
        {
            var stored = await outbox.Items.GetAsync(itemId, cancellationToken);
            if (stored is null)
                return new(ItemProgress.Finished, null, null);
            var item = stored.Value;
            var now = time.GetUtcNow();
            if (item.State != DeliveryState.Pending)
                return new(ItemProgress.Finished, null, null);
            if (item.NotBefore > now)
                return new(ItemProgress.DueAt(item.NotBefore.Value), null, null);
            if (item.IsClaimedAt(now))
                return new(ItemProgress.DueAt(item.ClaimedUntil!.Value), null, null);
            if (!gated)
            {
                await gate.WaitAsync(cancellationToken);
                gated = true;
                now = time.GetUtcNow();
            }

            var claimed = item with { ClaimedBy = SenderId, ClaimedUntil = now + options.ClaimDuration, Attempts = item.Attempts + 1 };
            if (await outbox.Items.TryReplaceAsync(itemId, claimed, stored.ETag, cancellationToken) is { } replaced)
                return new(null, claimed, replaced.ETag);
        }
    }

    private async Task<SendOutcome> TrySendAsync(Announcement announcement, OutboxItem item, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(announcement, item.Recipient, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Sending announcement {Announcement} to {Conversation} failed", item.AnnouncementId, item.Recipient.ConversationId);
            return new SendOutcome.TransientFailure(0);
        }
    }

    /// <summary>
    /// Writes the outcome over our claim. Should the claim have lapsed and another sender touched the item,
    /// a delivery still wins over a pending state, so a delivered item is never offered again.
    /// </summary>
    private async Task RecordAsync(string itemId, OutboxItem item, string etag, DeliveryState state, string outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var finished = item with
        {
            State = state,
            ClaimedBy = null,
            ClaimedUntil = null,
            LastOutcome = outcome,
            LastSentBy = SenderId,
            FinishedAt = state == DeliveryState.Pending ? null : now,
        };
        // The outcome must be stored even if the host is shutting down, or a delivered item would be sent again.
        var write = CancellationToken.None;
        while (await outbox.Items.TryReplaceAsync(itemId, finished, etag, write) is null)
        {
            var current = await outbox.Items.GetAsync(itemId, write);
            if (current is null || current.Value.State == DeliveryState.Delivered)
                return;
            etag = current.ETag;
        }
    }

    private async Task<Announcement?> AnnouncementOfAsync(string id, CancellationToken cancellationToken)
    {
        if (_announcements.TryGetValue(id, out var known))
            return known;
        var announcement = await announcements.GetAsync(id, cancellationToken);
        if (announcement is not null)
            _announcements[id] = announcement;
        return announcement;
    }

    private sealed record Claim(ItemProgress? Progress, OutboxItem? Item, string? ETag);
}
