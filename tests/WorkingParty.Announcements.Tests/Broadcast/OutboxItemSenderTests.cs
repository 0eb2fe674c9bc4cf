using Microsoft.Extensions.Time.Testing;
using Moq;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Tests.Support;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;
using WorkingParty.Storage.Queues;
using WorkingParty.Testing;

namespace WorkingParty.Announcements.Tests.Broadcast;

public sealed class OutboxItemSenderTests : IDisposable
{
    private const string Conversation = "a:personal-0";
    private readonly TemporaryFolder _folder = new("wp-announcements-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    /// <summary>The Bot Connector, as the host's sender reports its answers (delivered unless a test says otherwise).</summary>
    private readonly Mock<IAnnouncementSender> _connector = new();
    private readonly AnnouncementsInstance _bot;

    public OutboxItemSenderTests()
    {
        _connector.Setup(c => c.SendAsync(It.IsAny<Announcement>(), It.IsAny<Recipient>(), It.IsAny<CancellationToken>())).ReturnsAsync(new SendOutcome.Delivered());
        var store = new FileDocumentStore(_folder.Path);
        _bot = new AnnouncementsInstance(store, new StoreWorkQueue(store, "outbox", _time), _connector.Object, _time,
            new BroadcastOptions { MaxAttempts = 5, BaseRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(6) });
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> PlanOneAsync()
    {
        await _bot.AddConversationsAsync(1);
        var announcement = await _bot.AnnounceAsync("Retry");
        return Outbox.IdOf(announcement.Id, Conversation);
    }

    private async Task<OutboxItem> ItemAsync(string id) => (await _bot.Outbox.Items.GetAsync(id))!.Value;

    private void Answers(params SendOutcome[] outcomes)
    {
        var answers = _connector.SetupSequence(c => c.SendAsync(It.IsAny<Announcement>(), It.Is<Recipient>(r => r.ConversationId == Conversation), It.IsAny<CancellationToken>()));
        foreach (var outcome in outcomes)
            answers = answers.ReturnsAsync(outcome);
    }

    private void VerifySent(Times times) =>
        _connector.Verify(c => c.SendAsync(It.IsAny<Announcement>(), It.Is<Recipient>(r => r.ConversationId == Conversation), It.IsAny<CancellationToken>()), times);

    [Fact]
    public async Task A_429_with_Retry_After_waits_that_long_then_delivers_once()
    {
        Answers(new SendOutcome.Throttled(TimeSpan.FromSeconds(3)), new SendOutcome.Delivered());
        var id = await PlanOneAsync();
        var start = _time.GetUtcNow();

        var first = await _bot.ItemSender.SendAsync(id, CancellationToken.None);
        Assert.False(first.IsFinished);
        Assert.InRange(first.RetryAt!.Value - start, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.3));

        // Offered again too early, it is not sent.
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(first.RetryAt, (await _bot.ItemSender.SendAsync(id, CancellationToken.None)).RetryAt);
        VerifySent(Times.Once());

        _time.SetUtcNow(first.RetryAt.Value);
        Assert.True((await _bot.ItemSender.SendAsync(id, CancellationToken.None)).IsFinished);
        Assert.True((await _bot.ItemSender.SendAsync(id, CancellationToken.None)).IsFinished);

        VerifySent(Times.Exactly(2));
        var item = await ItemAsync(id);
        Assert.Equal((DeliveryState.Delivered, 2, null), (item.State, item.Attempts, item.ClaimedBy));
    }

    [Fact]
    public async Task Transient_failures_back_off_exponentially_with_jitter_and_give_up_after_the_last_attempt()
    {
        Answers(Enumerable.Repeat<SendOutcome>(new SendOutcome.TransientFailure(502), 5).ToArray());
        var id = await PlanOneAsync();
        var ceilings = new[] { 1, 2, 4, 6 }; // doubling from 1 s, capped at 6 s

        foreach (var ceiling in ceilings)
        {
            var now = _time.GetUtcNow();
            var progress = await _bot.ItemSender.SendAsync(id, CancellationToken.None);
            Assert.InRange(progress.RetryAt!.Value - now, TimeSpan.FromSeconds(ceiling / 2.0), TimeSpan.FromSeconds(ceiling));
            _time.SetUtcNow(progress.RetryAt.Value);
        }
        Assert.True((await _bot.ItemSender.SendAsync(id, CancellationToken.None)).IsFinished);

        VerifySent(Times.Exactly(5));
        var item = await ItemAsync(id);
        Assert.Equal((DeliveryState.Failed, "transient failure 502"), (item.State, item.LastOutcome));
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried()
    {
        Answers(SendOutcome.FromHttpStatus(403));
        var id = await PlanOneAsync();

        Assert.True((await _bot.ItemSender.SendAsync(id, CancellationToken.None)).IsFinished);

        VerifySent(Times.Once());
        Assert.Equal(DeliveryState.Failed, (await ItemAsync(id)).State);
    }

    [Fact]
    public async Task An_item_claimed_by_another_sender_is_left_alone_until_the_claim_expires()
    {
        var id = await PlanOneAsync();
        var item = await _bot.Outbox.Items.GetAsync(id);
        var until = _time.GetUtcNow() + TimeSpan.FromSeconds(30);
        await _bot.Outbox.Items.TryReplaceAsync(id, item!.Value with { ClaimedBy = "other-instance", ClaimedUntil = until }, item.ETag);

        Assert.Equal(until, (await _bot.ItemSender.SendAsync(id, CancellationToken.None)).RetryAt);
        VerifySent(Times.Never());

        _time.SetUtcNow(until);
        Assert.True((await _bot.ItemSender.SendAsync(id, CancellationToken.None)).IsFinished);
        VerifySent(Times.Once());
        Assert.Equal(DeliveryState.Delivered, (await ItemAsync(id)).State);
    }

    [Theory]
    [InlineData(200, "delivered")]
    [InlineData(429, "429")]
    [InlineData(412, "transient failure 412")]
    [InlineData(502, "transient failure 502")]
    [InlineData(504, "transient failure 504")]
    [InlineData(404, "permanent failure 404")]
    public void Http_statuses_are_classified_as_Teams_asks(int status, string expected)
    {
        Assert.Equal(expected, SendOutcome.FromHttpStatus(status).Describe());
    }
}
