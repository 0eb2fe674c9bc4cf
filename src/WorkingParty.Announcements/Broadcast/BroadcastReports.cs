using WorkingParty.Announcements.Drafting;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// Counts a broadcast's outbox, keeps the counts as its report, and marks the announcement Sent
/// once it is planned and nothing is pending (items are sent while planning goes on).
/// </summary>
public sealed class BroadcastReports(IDocumentStore store, Outbox outbox, AnnouncementRepository announcements, TimeProvider time)
{
    private readonly DocumentCollection<BroadcastReport> _reports = new(store, "broadcast-reports");

    /// <summary>The report as last kept, or null before the broadcast was counted.</summary>
    public Task<BroadcastReport?> GetAsync(string announcementId, CancellationToken cancellationToken = default) =>
        _reports.GetValueAsync(announcementId, cancellationToken);

    /// <summary>Counts the outbox now and keeps the result; returns null when there is no such announcement.</summary>
    public async Task<(Announcement Announcement, BroadcastReport Report)?> RefreshAsync(string announcementId, CancellationToken cancellationToken = default)
    {
        if (await announcements.GetAsync(announcementId, cancellationToken) is not { } announcement)
            return null;
        var counted = BroadcastReport.Count(announcementId, await outbox.ReadAsync(announcementId, cancellationToken), time.GetUtcNow());
        if (announcement.PlannedAt is null)
            counted = counted with { CompletedAt = null };
        // A report finished earlier keeps its completion time.
        var report = (await _reports.SaveAsync(announcementId,
            kept => kept?.CompletedAt is { } done && counted.Pending == 0 ? counted with { CompletedAt = done } : counted, cancellationToken)).Value;
        if (report.CompletedAt is not null && announcement.Status == AnnouncementStatus.Sending)
        {
            var (now, _) = await announcements.UpdateAsync(announcementId,
                a => a.Status == AnnouncementStatus.Sending ? a with { Status = AnnouncementStatus.Sent } : null, cancellationToken);
            announcement = now ?? announcement;
        }
        return (announcement, report);
    }
}
