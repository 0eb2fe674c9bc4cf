namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// One announcement to one recipient, under <c>outbox/{announcement}/{conversation hash}</c>. A sender claims it
/// (<see cref="ClaimedBy"/> until <see cref="ClaimedUntil"/>) with a version check before sending, so two senders
/// never both send it; <see cref="State"/> turns Delivered durably right after the send. <see cref="LastSentBy"/>
/// names the sender that made the last attempt.
/// </summary>
public sealed record OutboxItem(
    string AnnouncementId,
    Recipient Recipient,
    DeliveryState State = DeliveryState.Pending,
    int Attempts = 0,
    DateTimeOffset? NotBefore = null,
    string? ClaimedBy = null,
    DateTimeOffset? ClaimedUntil = null,
    string? LastOutcome = null,
    DateTimeOffset? FinishedAt = null,
    string? LastSentBy = null)
{
    /// <summary>
    /// Whether a sender, this one included, holds a live claim: two queue messages for one item may reach
    /// the same sender at once, and only the first may send.
    /// </summary>
    public bool IsClaimedAt(DateTimeOffset now) => ClaimedBy is not null && ClaimedUntil > now;
}
