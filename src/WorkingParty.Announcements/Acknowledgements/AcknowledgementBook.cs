using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Roles;
using WorkingParty.Announcements.Storage;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Announcements.Acknowledgements;

/// <summary>
/// Acknowledgements under <c>acknowledgements/{announcement}/{user hash}</c>: pressing the button twice,
/// or on two instances at once, keeps the first press.
/// </summary>
public sealed class AcknowledgementBook(IDocumentStore store, AnnouncementRepository announcements, Outbox outbox, TimeProvider time)
{
    private readonly DocumentCollection<Acknowledgement> _acknowledgements = new(store, "acknowledgements");

    /// <summary>Records that <paramref name="user"/> acknowledged; null when there is no such announcement or the user has no id.</summary>
    public async Task<Acknowledgement?> AcknowledgeAsync(string announcementId, TeamsUser user, string? delegation, CancellationToken cancellationToken = default)
    {
        var userId = user.Identifiers().FirstOrDefault();
        if (userId is null || await announcements.GetAsync(announcementId, cancellationToken) is not { Status: not AnnouncementStatus.Draft })
            return null;
        var id = $"{announcementId}/{KeySegment.Hash(userId.ToLowerInvariant())}";
        var acknowledgement = new Acknowledgement(announcementId, userId, user.Name, delegation, time.GetUtcNow());
        if (await _acknowledgements.TryCreateAsync(id, acknowledgement, cancellationToken) is not null)
            return acknowledgement;
        return await _acknowledgements.GetValueAsync(id, cancellationToken) ?? acknowledgement;
    }

    public async Task<AcknowledgementOverview> OverviewAsync(string announcementId, CancellationToken cancellationToken = default)
    {
        var acknowledged = new List<Acknowledgement>();
        await foreach (var acknowledgement in _acknowledgements.ListAsync(announcementId + "/", cancellationToken))
            acknowledged.Add(acknowledgement.Value);
        var who = acknowledged.Select(a => a.UserId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var notYet = (await outbox.ReadAsync(announcementId, cancellationToken))
            .Select(i => i.Recipient)
            .Where(r => r is { Scope: ConversationScope.Personal, Delegation: not null, UserId: not null } && !who.Contains(r.UserId))
            .OrderBy(r => r.Delegation, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new AcknowledgementOverview(
            announcementId,
            acknowledged.OrderBy(a => a.Delegation, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.AcknowledgedAt).ToList(),
            notYet);
    }
}
