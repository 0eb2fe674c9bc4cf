using WorkingParty.Announcements.Acknowledgements;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Drafting;
using AcknowledgementLine = WorkingParty.Cards.Views.Acknowledgement;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>The author's status card content: the delivery counts, and who acknowledged and who has not.</summary>
public sealed class BroadcastStatusViews(
    BroadcastReports reports,
    AcknowledgementBook acknowledgements,
    TimeProvider time)
{
    /// <param name="report">The counts just made by the sender; when null they are counted now.</param>
    public async Task<BroadcastStatusView> ViewAsync(Announcement announcement, BroadcastReport? report, CancellationToken cancellationToken)
    {
        report ??= (await reports.RefreshAsync(announcement.Id, cancellationToken))?.Report;
        var overview = await acknowledgements.OverviewAsync(announcement.Id, cancellationToken);
        var lines = overview.Acknowledged
            .Select(a => new AcknowledgementLine(a.UserName ?? a.UserId, a.Delegation, a.AcknowledgedAt))
            .Concat(overview.NotYetAcknowledged.Select(r => new AcknowledgementLine(r.UserName ?? r.UserId ?? r.ConversationId, r.Delegation, null)))
            .ToList();
        return new BroadcastStatusView(announcement.Id, announcement.Content.Title,
            report?.Delivered ?? 0, report?.Failed ?? 0, report?.Pending ?? 0, lines, report?.CountedAt ?? time.GetUtcNow());
    }
}
