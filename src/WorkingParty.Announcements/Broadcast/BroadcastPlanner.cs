using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Storage;
using WorkingParty.Storage.Queues;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// Turns an announcement being sent into one outbox item per recipient conversation and queues each for a sender.
/// Planning again (after a crash mid-plan) creates only the items still missing and queues the pending ones again;
/// a queued item that was delivered meanwhile is simply skipped by the sender.
/// </summary>
public sealed class BroadcastPlanner(ConversationRegistry conversations, Outbox outbox, AnnouncementRepository announcements, IWorkQueue queue, TimeProvider time)
{
    /// <summary>Outbox items created at once: the store's round trips overlap, the order of the items does not matter.</summary>
    private const int ParallelCreations = 16;

    /// <summary>
    /// Plans the broadcast of an announcement in status Sending, several items at a time (a worker may already send
    /// the queued ones); returns how many recipients it has.
    /// </summary>
    public async Task<int> PlanAsync(Announcement announcement, CancellationToken cancellationToken = default)
    {
        var recipients = 0;
        var audience = conversations.ListAsync(cancellationToken).Where(c => Reaches(announcement.Content.Audience, c.Scope));
        await Parallel.ForEachAsync(audience, new ParallelOptions { MaxDegreeOfParallelism = ParallelCreations, CancellationToken = cancellationToken },
            async (conversation, token) =>
            {
                Interlocked.Increment(ref recipients);
                await PlanItemAsync(announcement.Id, conversation, token);
            });
        await announcements.UpdateAsync(announcement.Id, a => a.PlannedAt is null ? a with { PlannedAt = time.GetUtcNow() } : null, cancellationToken);
        return recipients;
    }

    private async Task PlanItemAsync(string announcementId, ConversationRecord conversation, CancellationToken cancellationToken)
    {
        var id = Outbox.IdOf(announcementId, conversation.ConversationId);
        var created = await outbox.Items.TryCreateAsync(id, new OutboxItem(announcementId, Recipient.From(conversation)), cancellationToken);
        if (created is not null || (await outbox.Items.GetAsync(id, cancellationToken))?.Value.State == DeliveryState.Pending)
            await queue.EnqueueAsync(id, cancellationToken: cancellationToken);
    }

    /// <summary>Finishes planning every broadcast a crash interrupted; returns how many it resumed.</summary>
    public async Task<int> ResumeAsync(CancellationToken cancellationToken = default)
    {
        var resumed = 0;
        await foreach (var announcement in announcements.ListAsync(cancellationToken))
        {
            if (announcement is { Status: AnnouncementStatus.Sending, PlannedAt: null })
            {
                await PlanAsync(announcement, cancellationToken);
                resumed++;
            }
        }
        return resumed;
    }

    public static bool Reaches(Audience audience, ConversationScope scope) => audience switch
    {
        Audience.ChannelsOnly => scope == ConversationScope.Channel,
        Audience.PersonalChatsOnly => scope == ConversationScope.Personal,
        _ => true,
    };
}
