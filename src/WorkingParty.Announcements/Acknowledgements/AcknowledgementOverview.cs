using WorkingParty.Announcements.Broadcast;

namespace WorkingParty.Announcements.Acknowledgements;

/// <summary>
/// For the author: who acknowledged, grouped by delegation, and which personal-chat recipients with a known
/// delegation have not yet.
/// </summary>
public sealed record AcknowledgementOverview(
    string AnnouncementId,
    IReadOnlyList<Acknowledgement> Acknowledged,
    IReadOnlyList<Recipient> NotYetAcknowledged)
{
    public IReadOnlyList<IGrouping<string, Acknowledgement>> AcknowledgedByDelegation() =>
        Acknowledged.GroupBy(a => a.Delegation ?? "(delegation unknown)")
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
