using WorkingParty.Storage;
using WorkingParty.Storage.Queues;

namespace WorkingParty.Storage.Tests.Queues;

/// <summary>The behaviour every <see cref="IWorkQueue"/> must show; one subclass per implementation.</summary>
public abstract class WorkQueueContract
{
    // Azure Queue Storage counts visibility in whole seconds.
    protected static readonly TimeSpan Brief = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    /// <summary>A new queue instance on the same queue as every other call in this test.</summary>
    protected abstract IWorkQueue OpenQueue();

    /// <summary>Lets more than <see cref="Brief"/> pass for the queue.</summary>
    protected abstract Task LetBriefTimeoutPassAsync();

    private IWorkQueue? _queue;

    private IWorkQueue Queue => _queue ??= OpenQueue();

    [Fact]
    public async Task A_received_message_is_hidden_from_other_receivers()
    {
        await Queue.EnqueueAsync("announce 1 to user 7");

        var first = await Queue.ReceiveAsync(10, Long);
        var second = await OpenQueue().ReceiveAsync(10, Long);

        var message = Assert.Single(first);
        Assert.Equal("announce 1 to user 7", message.Body);
        Assert.Equal(1, message.DequeueCount);
        Assert.Empty(second);
    }

    [Fact]
    public async Task A_message_not_deleted_reappears_and_the_old_receipt_goes_stale()
    {
        await Queue.EnqueueAsync("m");
        var first = Assert.Single(await Queue.ReceiveAsync(1, Brief));

        await LetBriefTimeoutPassAsync();
        var again = Assert.Single(await Queue.ReceiveAsync(1, Long));

        Assert.Equal("m", again.Body);
        Assert.Equal(2, again.DequeueCount);
        Assert.False(await Queue.DeleteAsync(first.Receipt));
        Assert.True(await Queue.DeleteAsync(again.Receipt));
        Assert.False(await Queue.DeleteAsync(again.Receipt));
    }

    [Fact]
    public async Task A_deleted_message_never_comes_back()
    {
        await Queue.EnqueueAsync("m");
        var message = Assert.Single(await Queue.ReceiveAsync(1, Brief));

        Assert.True(await Queue.DeleteAsync(message.Receipt));
        await LetBriefTimeoutPassAsync();

        Assert.Empty(await Queue.ReceiveAsync(10, Long));
    }

    [Fact]
    public async Task A_delayed_message_is_received_only_after_its_delay()
    {
        // Counted in whole seconds, a delay of one Brief can be over before the next call arrives: three leave two at least.
        const int briefs = 3;
        await Queue.EnqueueAsync("later", Brief * briefs);

        Assert.Empty(await Queue.ReceiveAsync(10, Long));
        for (var i = 0; i < briefs; i++)
            await LetBriefTimeoutPassAsync();

        Assert.Equal("later", Assert.Single(await Queue.ReceiveAsync(10, Long)).Body);
    }

    [Fact]
    public async Task Extending_visibility_keeps_a_message_hidden_and_renews_the_receipt()
    {
        await Queue.EnqueueAsync("slow work");
        var message = Assert.Single(await Queue.ReceiveAsync(1, Brief));

        var renewed = await Queue.ExtendVisibilityAsync(message.Receipt, Long);
        await LetBriefTimeoutPassAsync();

        Assert.NotNull(renewed);
        Assert.Empty(await Queue.ReceiveAsync(10, Long));
        Assert.Null(await Queue.ExtendVisibilityAsync(message.Receipt, Long));
        Assert.True(await Queue.DeleteAsync(renewed));
    }

    [Fact]
    public async Task A_receive_takes_at_most_the_number_asked_for()
    {
        for (var i = 0; i < 5; i++)
            await Queue.EnqueueAsync($"m{i}");

        var first = await Queue.ReceiveAsync(3, Long);
        var rest = await Queue.ReceiveAsync(10, Long);

        Assert.Equal(3, first.Count);
        Assert.Equal(2, rest.Count);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], first.Concat(rest).Select(m => m.Body).Order());
    }

    [Fact]
    public async Task Concurrent_receivers_share_the_messages_without_duplicates()
    {
        for (var i = 0; i < 12; i++)
            await Queue.EnqueueAsync($"m{i:D2}");
        var receivers = Enumerable.Range(0, 4).Select(_ => OpenQueue()).ToList();

        var batches = await Task.WhenAll(receivers.Select(r => Task.Run(async () =>
        {
            var mine = new List<QueuedMessage>();
            for (var round = 0; round < 6; round++)
                mine.AddRange(await r.ReceiveAsync(2, Long));
            return mine;
        })));

        var bodies = batches.SelectMany(b => b).Select(m => m.Body).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"m{i:D2}"), bodies.Order());
    }

    [Fact]
    public async Task Any_text_travels_unchanged()
    {
        const string body = """{"text":"<b>Ünïcödé</b> & 'quotes' \n 😀 \u0001"}""";
        await Queue.EnqueueAsync(body);

        Assert.Equal(body, Assert.Single(await Queue.ReceiveAsync(1, Long)).Body);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public async Task Receiving_a_number_outside_1_to_32_is_refused(int count)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Queue.ReceiveAsync(count, Long));
    }
}
