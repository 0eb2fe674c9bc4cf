using Microsoft.Extensions.Logging.Abstractions;
using WorkingParty.Announcements.Acknowledgements;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Roles;
using WorkingParty.Announcements.ScheduleChanges;
using WorkingParty.Storage;
using WorkingParty.Storage.Queues;

namespace WorkingParty.Announcements.Tests.Support;

/// <summary>
/// Everything one bot instance builds for announcements, over a given store and queue, wired the way the host
/// wires it. Creating a second instance over the same store and queue is a restart, or another instance.
/// </summary>
public sealed class AnnouncementsInstance
{
    public const string SecretaryId = "0f9e8d7c-secretary";

    public AnnouncementsInstance(IDocumentStore store, IWorkQueue queue, IAnnouncementSender sender, TimeProvider time,
        BroadcastOptions? options = null, int seed = 1)
    {
        Options = options ?? new BroadcastOptions();
        Conversations = new ConversationRegistry(store, time);
        Announcements = new AnnouncementRepository(store);
        Outbox = new Outbox(store);
        ScheduleChanges = new ScheduleChangeLog(store);
        Roles = new SecretariatRoles(new SecretariatOptions { Members = [SecretaryId] }, null, time, NullLogger<SecretariatRoles>.Instance);
        Planner = new BroadcastPlanner(Conversations, Outbox, Announcements, queue, time);
        Reports = new BroadcastReports(store, Outbox, Announcements, time);
        Desk = new AnnouncementDesk(Announcements, Roles, ScheduleChanges, Planner, time);
        Acknowledgements = new AcknowledgementBook(store, Announcements, Outbox, time);
        ItemSender = new OutboxItemSender(Outbox, Announcements, sender, new SendRateGate(Options.MessagesPerSecond, time),
            new RetrySchedule(Options, new Random(seed)), Options, time, NullLogger<OutboxItemSender>.Instance);
        Worker = new BroadcastWorker(queue, ItemSender, Planner, Reports, Options, time, NullLogger<BroadcastWorker>.Instance);
    }

    public static TeamsUser Secretary { get; } = new(SecretaryId, "secretary@consilium.europa.eu", "Secretary");

    public BroadcastOptions Options { get; }
    public ConversationRegistry Conversations { get; }
    public AnnouncementRepository Announcements { get; }
    public Outbox Outbox { get; }
    public ScheduleChangeLog ScheduleChanges { get; }
    public SecretariatRoles Roles { get; }
    public BroadcastPlanner Planner { get; }
    public BroadcastReports Reports { get; }
    public AnnouncementDesk Desk { get; }
    public AcknowledgementBook Acknowledgements { get; }
    public OutboxItemSender ItemSender { get; }
    public BroadcastWorker Worker { get; }

    /// <summary>Registers <paramref name="count"/> personal chats (delegation "DE" for even, "FR" for odd) and <paramref name="channels"/> channels.</summary>
    public async Task AddConversationsAsync(int count, int channels = 0)
    {
        for (var i = 0; i < count; i++)
        {
            await Conversations.RememberAsync(new ConversationRecord($"a:personal-{i}", ConversationScope.Personal, "tenant",
                $"{{\"conversation\":{{\"id\":\"a:personal-{i}\"}}}}", $"user-{i}", $"User {i}", i % 2 == 0 ? "DE" : "FR"));
        }

        for (var i = 0; i < channels; i++)
        {
            await Conversations.RememberAsync(new ConversationRecord($"19:channel-{i}@thread.tacv2", ConversationScope.Channel, "tenant",
                $"{{\"conversation\":{{\"id\":\"19:channel-{i}@thread.tacv2\"}}}}"));
        }
    }

    /// <summary>Writes and sends an announcement as the secretary.</summary>
    public async Task<Announcement> AnnounceAsync(string title, Audience audience = Audience.Everyone)
    {
        var draft = await Desk.PrepareAsync(new AnnouncementDraft(title, "Text of " + title, Audience: audience), Secretary);
        var sent = await Desk.SendAsync(draft.Announcement!.Id, Secretary);
        return sent.Announcement!;
    }

    /// <summary>
    /// Runs the worker until the task <paramref name="until"/> makes completes (asked for before the worker starts),
    /// then stops it and waits for what it was sending; fails if <paramref name="timeout"/> passes first.
    /// </summary>
    public async Task RunWorkerUntilAsync(Func<Task> until, TimeSpan timeout)
    {
        var done = until();
        using var stop = new CancellationTokenSource();
        var running = Worker.RunAsync(stop.Token);
        try
        {
            await done.WaitAsync(timeout);
        }
        finally
        {
            await stop.CancelAsync();
            await running;
        }
    }

    /// <summary>Runs the worker until it has done all the work queued (see <see cref="BroadcastWorker.WhenIdleAsync"/>).</summary>
    public Task RunWorkerUntilIdleAsync(TimeSpan timeout) => RunWorkerUntilAsync(() => Worker.WhenIdleAsync(), timeout);

    /// <summary>
    /// Runs the worker until <paramref name="first"/> completes and the worker then finds nothing more to do: for work
    /// that idleness alone does not show, such as messages still claimed by a stopped or another instance.
    /// </summary>
    public Task RunWorkerUntilIdleAfterAsync(Func<Task> first, TimeSpan timeout) => RunWorkerUntilAsync(async () =>
    {
        await first();
        await Worker.WhenIdleAsync();
    }, timeout);
}
