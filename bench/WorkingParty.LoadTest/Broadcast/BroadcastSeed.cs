using System.Text.Json;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;

namespace WorkingParty.LoadTest.Broadcast;

/// <summary>
/// A store as the bot leaves it when the secretariat presses Send and the bot dies before planning: the recipients' conversations registered and one
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
            await registry.RememberAsync(new ConversationRecord($"a:personal-chat-{i}", ConversationScope.Personal, "tenant-1",
                ReferenceJson($"a:personal-chat-{i}", $"29:user-{i}", $"Delegate {i}", serviceUrl), $"user-{i}", $"Delegate {i}"), token));
        var now = DateTimeOffset.UtcNow;
        var draft = new AnnouncementDraft("Next meeting moved", "The meeting of 20 June moves to 27 June 2019, same room.");
        await new AnnouncementRepository(store).TryCreateAsync(
            new Announcement(AnnouncementId, draft, "secretariat@example.eu", "Secretariat", now, AnnouncementStatus.Sending, SentAt: now));
    }

    /// <summary>The Bot Framework conversation reference the bot stores for a Teams personal chat, as JSON.</summary>
    private static string ReferenceJson(string conversationId, string userId, string userName, string serviceUrl) =>
        JsonSerializer.Serialize(new
        {
            channelId = "msteams",
            serviceUrl,
            bot = new { id = "28:working-party-bot", name = "Working Party Bot" },
            user = new { id = userId, name = userName },
            conversation = new { id = conversationId, conversationType = "personal", tenantId = "tenant-1" },
        });

    /// <summary>Outbox items claimed by a sender and not yet recorded: sends in flight when that sender died.</summary>
    public static async Task<int> ClaimedPendingAsync(string folder) =>
        (await new Outbox(new FileDocumentStore(folder)).ReadAsync(AnnouncementId))
            .Count(item => item.State == DeliveryState.Pending && item.ClaimedBy is not null);
}
