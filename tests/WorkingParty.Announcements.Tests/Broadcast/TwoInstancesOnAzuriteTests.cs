using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Tests.Support;
using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Blobs;
using WorkingParty.Storage.Azure.Queues;
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

        // Each runs until every recipient has the announcement and it then finds nothing more to do; a stopped
        // worker has finished what it was sending, so a duplicate would have been counted by then.
        await Task.WhenAll(
            one.RunWorkerUntilIdleAfterAsync(() => sender.WhenDeliveredAsync(recipients), TimeSpan.FromSeconds(60)),
            two.RunWorkerUntilIdleAfterAsync(() => sender.WhenDeliveredAsync(recipients), TimeSpan.FromSeconds(60)));

        Assert.Equal(recipients, sender.Deliveries.Count);
        Assert.All(sender.Deliveries.Values, n => Assert.Equal(1, n));
        var items = await two.Outbox.ReadAsync(announcement.Id);
        Assert.All(items, i => Assert.Equal(DeliveryState.Delivered, i.State));
        // Both instances took a share of the work.
        Assert.Equal(
            new[] { one.ItemSender.SenderId, two.ItemSender.SenderId }.Order(),
            items.Select(i => i.LastSentBy!).Distinct().Order());
        Assert.Empty(await new AzureWorkQueue(azurite.ConnectionString, "outbox").ReceiveAsync(32, TimeSpan.FromSeconds(1)));
    }
}
