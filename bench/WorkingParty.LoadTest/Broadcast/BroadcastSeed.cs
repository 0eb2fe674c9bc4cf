using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Storage;

namespace WorkingParty.LoadTest.Broadcast;

/// <summary>
/// A store as the bot leaves it when the secretariat presses Send: the recipients' conversations registered and one
/// announcement in status Sending, not yet planned (the sender's worker plans it when it starts, as after a crash).
/// </summary>
public static class BroadcastSeed
{
    public const string AnnouncementId = "20190614-090000-loadts";

    public static async Task WriteAsync(string folder, int recipients, string serviceUrl)
    {
        var store = new FileDocumentStore(folder);
        var registry = new ConversationRegistry(store, TimeProvider.System);
        await Parallel.ForEachAsync(Enumerable.Range(1, recipients), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            await registry.RememberAsync(new ConversationRecord($"a:personal-chat-{i}", ConversationScope.Personal, "tenant-1", serviceUrl,
                $"user-{i}", $"Delegate {i}"), token));
        var now = DateTimeOffset.UtcNow;
        var draft = new AnnouncementDraft("Next meeting moved", "The meeting of 20 June moves to 27 June 2019, same room.");
        await new AnnouncementRepository(store).TryCreateAsync(
            new Announcement(AnnouncementId, draft, "secretariat@example.eu", "Secretariat", now, AnnouncementStatus.Sending, SentAt: now));
    }

    /// <summary>Outbox items claimed by a sender and not yet recorded: sends in flight when that sender died.</summary>
    public static async Task<int> ClaimedPendingAsync(string folder) =>
        (await new Outbox(new FileDocumentStore(folder)).ReadAsync(AnnouncementId))
            .Count(item => item.State == DeliveryState.Pending && item.ClaimedBy is not null);
}
