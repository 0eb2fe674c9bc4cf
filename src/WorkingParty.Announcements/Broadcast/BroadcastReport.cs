namespace WorkingParty.Announcements.Broadcast;

/// <summary>How far a broadcast has got, kept under <c>broadcast-reports/{announcement}</c> for the author's card.</summary>
public sealed record BroadcastReport(
    string AnnouncementId,
    int Recipients,
    int Delivered,
    int Failed,
    int Pending,
    DateTimeOffset CountedAt,
    DateTimeOffset? CompletedAt)
{
    public static BroadcastReport Count(string announcementId, IReadOnlyCollection<OutboxItem> items, DateTimeOffset now)
    {
        var delivered = items.Count(i => i.State == DeliveryState.Delivered);
        var failed = items.Count(i => i.State == DeliveryState.Failed);
        var pending = items.Count - delivered - failed;
        return new(announcementId, items.Count, delivered, failed, pending, now, pending == 0 ? now : null);
    }
}
