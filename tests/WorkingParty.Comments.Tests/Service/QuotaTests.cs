using WorkingParty.Comments;
using WorkingParty.Comments.Rules;
using WorkingParty.Comments.Service;
using WorkingParty.Comments.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Comments.Tests.Service;

/// <summary>Issue 14, item 6: one user's comments are limited per deadline and per day, also when sent all at once to two instances.</summary>
public sealed class QuotaTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly BothStores _stores = new(azurite);

    public void Dispose() => _stores.Dispose();

    [Theory]
    [MemberData(nameof(BothStores.Kinds), MemberType = typeof(BothStores))]
    public async Task Comments_sent_at_once_to_two_instances_stop_at_the_limit_per_deadline(string kind)
    {
        var scenario = Scenario(kind, perDeadline: 3, perDay: 100);
        var instances = new[] { scenario.Service, scenario.NewService() };

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            instances[i % 2].SubmitAsync(new CommentSubmission($"burst-{i}", CommentScenario.Item9.Id, "CZ", CommentScenario.Jana, $"Burst {i}."))));

        Assert.Equal(3, results.OfType<CommentResult.Accepted>().Count());
        Assert.All(results.OfType<CommentResult.Rejected>(), r => Assert.StartsWith("You have sent 3 comments on this deadline", r.Reason));
        Assert.Equal(3, (await scenario.Service.ListForDeadlineAsync(CommentScenario.Item9.Id)).Count);
    }

    [Fact]
    public async Task The_daily_limit_counts_every_deadline_and_starts_again_the_next_day()
    {
        var scenario = Scenario("file", perDeadline: 10, perDay: 2);
        await scenario.SubmitAcceptedAsync("One.", "s-1");
        await scenario.Service.SubmitAsync(new CommentSubmission("s-2", CommentScenario.Item7.Id, "CZ", CommentScenario.Jana, "Two."));

        var third = await scenario.SubmitAsync("Three.", "s-3");
        var others = await scenario.SubmitAsync("Piet's.", "s-p", CommentScenario.Piet, "NL");
        scenario.Time.Advance(TimeSpan.FromDays(1));
        var tomorrow = await scenario.SubmitAsync("Three, a day later.", "s-4");

        Assert.StartsWith("You have sent 2 comments today", Assert.IsType<CommentResult.Rejected>(third).Reason);
        Assert.IsType<CommentResult.Accepted>(others);
        Assert.IsType<CommentResult.Accepted>(tomorrow);
    }

    private CommentScenario Scenario(string kind, int perDeadline, int perDay)
    {
        var store = _stores.Open(kind);
        return new CommentScenario(store) { Options = new CommentsOptions { MaxPerUserPerDeadline = perDeadline, MaxPerUserPerDay = perDay } };
    }
}
