using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Tests.Support;
using WorkingParty.Storage.Azure;
using WorkingParty.Testing;

namespace WorkingParty.Announcements.Tests.Broadcast;

public sealed class TwoInstancesOnAzuriteTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Two_sender_instances_on_blobs_and_queues_deliver_to_each_recipient_exactly_once()
    {
        const int recipients = 200;
        var sender = new CountingSender(TimeProvider.System);
        var options = new BroadcastOptions
        {
            MessagesPerSecond = 250,
            PollInterval = TimeSpan.FromMilliseconds(50),
            ClaimDuration = TimeSpan.FromSeconds(5),
            ReportInterval = TimeSpan.FromSeconds(1),
        };
        // Each instance has its own clients, as two processes would.
        AnnouncementsInstance Instance(int seed) => new(
            new BlobDocumentStore(azurite.ConnectionString, "announcements"),
            new AzureWorkQueue(azurite.ConnectionString, "outbox"),
            sender, TimeProvider.System, options, seed);
        var one = Instance(1);
        var two = Instance(2);
        await one.AddConversationsAsync(recipients);
        var announcement = await one.AnnounceAsync("Both instances");

        var bothDone = Task.WhenAll(
            one.RunWorkerUntilAsync(() => sender.TotalDelivered >= recipients, TimeSpan.FromSeconds(60)),
            two.RunWorkerUntilAsync(() => sender.TotalDelivered >= recipients, TimeSpan.FromSeconds(60)));
        await bothDone;
        // Give a late duplicate the time to show up before counting.
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(recipients, sender.Deliveries.Count);
        Assert.All(sender.Deliveries.Values, n => Assert.Equal(1, n));
        var items = await two.Outbox.ReadAsync(announcement.Id);
        Assert.All(items, i => Assert.Equal(DeliveryState.Delivered, i.State));
        // Both instances took a share of the work.
        Assert.Equal(
            new[] { one.ItemSender.SenderId, two.ItemSender.SenderId }.Order(),
            items.Select(i => i.LastSentBy!).Distinct().Order());
    }
}
