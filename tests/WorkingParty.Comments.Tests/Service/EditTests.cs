using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;
using WorkingParty.Comments.Tests.Support;

namespace WorkingParty.Comments.Tests.Service;

public sealed class EditTests : FileStoreCommentTest
{
    private static readonly string Deadline = CommentScenario.Item9.Id;

    [Fact]
    public async Task An_edit_adds_a_version_and_keeps_the_earlier_ones()
    {
        var first = await Scenario.SubmitAcceptedAsync("First");
        Scenario.Time.Advance(TimeSpan.FromHours(1));

        var edited = Assert.IsType<CommentResult.Accepted>(
            await Scenario.Service.EditAsync(Deadline, first.Comment.Id, CommentScenario.Jana, " Second ", first.ETag));

        Assert.Equal(["First", "Second"], edited.Comment.Versions.Select(v => v.Text));
        Assert.Equal(Scenario.Time.GetUtcNow(), edited.Comment.Current.At);
        Assert.Equal(first.Comment.ReceivedAt, edited.Comment.ReceivedAt);
        Assert.NotEqual(first.ETag, edited.ETag);
    }

    [Fact]
    public async Task An_edit_from_a_stale_version_gets_a_conflict_with_the_latest()
    {
        var first = await Scenario.SubmitAcceptedAsync("First");
        var second = (CommentResult.Accepted)await Scenario.Service.EditAsync(Deadline, first.Comment.Id, CommentScenario.Jana, "Second", first.ETag);

        var stale = await Scenario.Service.EditAsync(Deadline, first.Comment.Id, CommentScenario.Jana, "Third", first.ETag);

        var conflict = Assert.IsType<CommentResult.Conflict>(stale);
        Assert.Equal(second.ETag, conflict.ETag);
        Assert.Equal("Second", conflict.Latest.Text);
    }

    [Fact]
    public async Task Of_two_racing_edits_one_wins_and_the_other_is_shown_the_winner()
    {
        for (var round = 0; round < 10; round++)
        {
            var start = await Scenario.SubmitAcceptedAsync("Start", $"activity-{round}");
            var services = new[] { Scenario.Service, Scenario.NewService() };

            var results = await Task.WhenAll(services.Select((service, i) => Task.Run(() =>
                service.EditAsync(Deadline, start.Comment.Id, CommentScenario.Jana, $"Edit {i}", start.ETag))));

            var winner = Assert.Single(results.OfType<CommentResult.Accepted>());
            var loser = Assert.Single(results.OfType<CommentResult.Conflict>());
            Assert.Equal(winner.ETag, loser.ETag);
            Assert.Equal(winner.Comment.Text, loser.Latest.Text);
            Assert.Equal(2, (await Scenario.Service.GetAsync(Deadline, start.Comment.Id))!.Value.Versions.Count);
        }
    }

    [Fact]
    public async Task Only_the_author_can_edit_or_withdraw()
    {
        var first = await Scenario.SubmitAcceptedAsync("First");

        var edit = await Scenario.Service.EditAsync(Deadline, first.Comment.Id, CommentScenario.Piet, "Hijacked", first.ETag);
        var withdraw = await Scenario.Service.WithdrawAsync(Deadline, first.Comment.Id, CommentScenario.Piet, first.ETag);

        Assert.Equal("Only Jana Nováková, who wrote this comment, can change it.", Assert.IsType<CommentResult.Rejected>(edit).Reason);
        Assert.IsType<CommentResult.Rejected>(withdraw);
        Assert.Equal(first.ETag, (await Scenario.Service.GetAsync(Deadline, first.Comment.Id))!.ETag);
    }

    [Fact]
    public async Task An_edit_follows_the_text_rules()
    {
        var first = await Scenario.SubmitAcceptedAsync("First");

        var result = await Scenario.Service.EditAsync(Deadline, first.Comment.Id, CommentScenario.Jana, "   ", first.ETag);

        Assert.Equal("Please write your comment: the text is empty.", Assert.IsType<CommentResult.Rejected>(result).Reason);
    }

    [Fact]
    public async Task A_withdrawn_comment_stays_listed_but_can_no_longer_be_edited_nor_is_compiled()
    {
        var first = await Scenario.SubmitAcceptedAsync("First");

        var withdrawn = Assert.IsType<CommentResult.Accepted>(await Scenario.Service.WithdrawAsync(Deadline, first.Comment.Id, CommentScenario.Jana, first.ETag));
        var edit = await Scenario.Service.EditAsync(Deadline, first.Comment.Id, CommentScenario.Jana, "Again", withdrawn.ETag);

        Assert.Equal(CommentStatus.Withdrawn, withdrawn.Comment.Status);
        Assert.Equal("This comment is withdrawn; it can no longer be edited.", Assert.IsType<CommentResult.Rejected>(edit).Reason);
        Assert.Single(await Scenario.Service.ListMineAsync(CommentScenario.Jana.UserId));
        Assert.Empty((await Scenario.Service.CompileAsync(Deadline))!.Comments);
    }

    [Theory]
    [InlineData("2017-03-15-hwp-cyber-issues/item-9-2017-04-03", "0000000000")]
    [InlineData("2017-03-15-hwp-cyber-issues/item-9-2017-04-03", "../../x")]
    [InlineData("..", "x")]
    public async Task A_comment_that_does_not_exist_or_a_forged_reference_gets_an_answer(string deadlineId, string commentId)
    {
        var result = await Scenario.Service.EditAsync(deadlineId, commentId, CommentScenario.Jana, "Text", "etag");

        Assert.Equal("This comment could not be found. Ask for \"my comments\" to see the ones you sent.", Assert.IsType<CommentResult.Rejected>(result).Reason);
    }

    [Fact]
    public async Task My_comments_lists_only_mine_newest_first()
    {
        await Scenario.SubmitAcceptedAsync("Older", "a1");
        Scenario.Time.Advance(TimeSpan.FromMinutes(5));
        await Scenario.SubmitAcceptedAsync("Piet's", "p1", CommentScenario.Piet, "NL");
        Scenario.Time.Advance(TimeSpan.FromMinutes(5));
        await Scenario.SubmitAcceptedAsync("Newer", "a2");

        var mine = await Scenario.NewService().ListMineAsync(CommentScenario.Jana.UserId);

        Assert.Equal(["Newer", "Older"], mine.Select(c => c.Value.Text));
    }
}
