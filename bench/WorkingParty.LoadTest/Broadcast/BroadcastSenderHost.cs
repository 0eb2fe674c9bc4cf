using Microsoft.Extensions.Logging;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Storage;

namespace WorkingParty.LoadTest.Broadcast;

/// <summary>
/// The separate process that sends broadcasts (<c>broadcast-sender --store &lt;folder&gt; --rate &lt;n&gt;</c>): the
/// announcements domain's <see cref="BroadcastWorker"/> over the file store, sending over HTTP, until its standard
/// input closes. It can be killed at any moment and started again on the same store.
/// </summary>
public static class BroadcastSenderHost
{
    public const string Verb = "broadcast-sender";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args is not ["--store", var folder, "--rate", var rateText] || !double.TryParse(rateText, out var rate))
        {
            Console.Error.WriteLine($"usage: {Verb} --store <folder> --rate <messages per second>");
            return 2;
        }

        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        using var http = new HttpClient();
        using var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            await Console.In.ReadToEndAsync();
            await stop.CancelAsync();
        });

        await Worker(new FileDocumentStore(folder), rate, http, loggers).RunAsync(stop.Token);
        return 0;
    }

    private static BroadcastWorker Worker(IDocumentStore store, double rate, HttpClient http, ILoggerFactory loggers)
    {
        var time = TimeProvider.System;
        var options = new BroadcastOptions { MessagesPerSecond = rate };
        var queue = new StoreWorkQueue(store, "announcements", time);
        var outbox = new Outbox(store);
        var announcements = new AnnouncementRepository(store);
        var planner = new BroadcastPlanner(new ConversationRegistry(store, time), outbox, announcements, queue, time);
        var sender = new OutboxItemSender(outbox, announcements, new HttpAnnouncementSender(http), new SendRateGate(rate, time),
            new RetrySchedule(options, new Random()), options, time, loggers.CreateLogger<OutboxItemSender>());
        return new BroadcastWorker(queue, sender, planner, new BroadcastReports(store, outbox, announcements, time), options, time,
            loggers.CreateLogger<BroadcastWorker>());
    }
}
