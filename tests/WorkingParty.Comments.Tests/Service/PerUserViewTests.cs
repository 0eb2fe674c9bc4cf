using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;
using WorkingParty.Comments.Tests.Support;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;
using WorkingParty.Testing;

namespace WorkingParty.Comments.Tests.Service;

/// <summary>
/// Issue 14, item 6: "my comments" and a deadline's comments read only the comments they show, so their cost does not
/// grow with everyone else's comments; on the file store and on Azurite.
/// </summary>
public sealed class PerUserViewTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly BothStores _stores = new(azurite);

    private const int Others = 120;

    public void Dispose() => _stores.Dispose();

    [Theory]
    [MemberData(nameof(BothStores.Kinds), MemberType = typeof(BothStores))]
    public async Task My_comments_reads_only_my_comments_however_many_others_have_written(string kind)
    {
        var (scenario, counting) = await SeededAsync(kind);
        await scenario.SubmitAcceptedAsync("Mine on item 9.", "mine-1");
        await scenario.Service.SubmitAsync(new CommentSubmission("mine-2", CommentScenario.Item7.Id, "CZ", CommentScenario.Jana, "Mine on item 7."));
        counting.Reset();

        var mine = await scenario.NewService().ListMineAsync(CommentScenario.Jana.UserId);

        Assert.Equal(["Mine on item 7.", "Mine on item 9."], mine.Select(c => c.Value.Text).Order());
        Assert.InRange(counting.Reads, 2, 4);
        Assert.InRange(counting.ListedKeys, 2, 4);
    }

    [Theory]
    [MemberData(nameof(BothStores.Kinds), MemberType = typeof(BothStores))]
    public async Task A_deadlines_comments_read_only_that_deadline(string kind)
    {
        var (scenario, counting) = await SeededAsync(kind);
        await scenario.Service.SubmitAsync(new CommentSubmission("on-7", CommentScenario.Item7.Id, "CZ", CommentScenario.Jana, "On item 7."));
        counting.Reset();

        var onItem7 = await scenario.NewService().ListForDeadlineAsync(CommentScenario.Item7.Id);

        Assert.Equal("On item 7.", Assert.Single(onItem7).Value.Text);
        Assert.InRange(counting.Reads, 1, 2);
        Assert.InRange(counting.ListedKeys, 1, 2);
    }

    [Theory]
    [MemberData(nameof(BothStores.Kinds), MemberType = typeof(BothStores))]
    public async Task Late_comments_read_only_the_late_ones(string kind)
    {
        var (scenario, counting) = await SeededAsync(kind);
        scenario.SetBrusselsTime(new DateTime(2017, 3, 30, 9, 0, 0));
        await scenario.Service.SubmitAsync(new CommentSubmission("late-7", CommentScenario.Item7.Id, "CZ", CommentScenario.Jana, "Late on item 7."));
        counting.Reset();

        var onItem7 = await scenario.NewService().ListLateAsync(CommentScenario.Item7.Id);
        var everywhere = await scenario.NewService().ListLateAsync();

        Assert.Equal("Late on item 7.", Assert.Single(onItem7).Text);
        Assert.Equal("Late on item 7.", Assert.Single(everywhere).Text);
        Assert.InRange(counting.Reads, 2, 4);
    }

    [Fact]
    public async Task Comments_stored_before_the_index_existed_are_still_mine()
    {
        var store = _stores.Open("file");
        var author = CommentScenario.Jana;
        var old = new Comment("0123456789abcdef0123", CommentScenario.Item9.Id, "CZ", author, null,
            [new CommentVersion("Written by an older version.", DateTimeOffset.Parse("2017-03-20T10:00:00Z"), author)], CommentStatus.Submitted,
            DateTimeOffset.Parse("2017-03-20T10:00:00Z"));
        await new DocumentCollection<Comment>(store, "comments").TryCreateAsync($"{CommentScenario.Item9.Id}/{old.Id}", old);

        var mine = await new CommentScenario(store).Service.ListMineAsync(author.UserId);

        Assert.Equal("Written by an older version.", Assert.Single(mine).Value.Text);
    }

    /// <summary>A scenario whose store already holds <see cref="Others"/> comments on item 9, each by another user.</summary>
    private async Task<(CommentScenario Scenario, CountingDocumentStore Counting)> SeededAsync(string kind)
    {
        var store = _stores.Open(kind);
        var counting = new CountingDocumentStore(store);
        var scenario = new CommentScenario(counting);
        await Parallel.ForEachAsync(Enumerable.Range(0, Others), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            await scenario.SubmitAcceptedAsync($"Other {i}.", $"other-{i}", new CommentAuthor($"29:other-{i}", $"Delegate {i}"), "FR"));
        return (scenario, counting);
    }
}
