using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;
using WorkingParty.Comments.Tests.Support;

namespace WorkingParty.Comments.Tests.Service;

public sealed class LateTests : FileStoreCommentTest
{
    [Fact]
    public async Task A_comment_at_the_last_minute_of_the_due_day_in_brussels_is_accepted()
    {
        Scenario.SetBrusselsTime(new DateTime(2017, 4, 3, 23, 59, 59));

        var result = await Scenario.SubmitAsync("Just in time");

        Assert.IsType<CommentResult.Accepted>(result);
    }

    [Fact]
    public async Task A_comment_after_the_due_day_is_refused_with_the_deadline_named_and_kept_for_the_secretariat()
    {
        Scenario.SetBrusselsTime(new DateTime(2017, 4, 4, 0, 0, 0));

        var result = await Scenario.SubmitAsync("Too late");

        Assert.Equal("The deadline for written comments on doc. 7130/17 was 3 April 2017 (end of day, Europe/Brussels time), so your comment was not submitted. "
            + "It has been kept, and the secretariat may still accept it as a late comment.",
            Assert.IsType<CommentResult.Rejected>(result).Reason);
        var kept = Assert.Single(await Scenario.Service.ListForDeadlineAsync(CommentScenario.Item9.Id));
        Assert.Equal(CommentStatus.AwaitingLateAcceptance, kept.Value.Status);
        Assert.Empty((await Scenario.Service.CompileAsync(CommentScenario.Item9.Id))!.Comments);
    }

    [Fact]
    public async Task The_secretariat_accepts_a_late_comment_which_is_then_submitted_and_marked_late()
    {
        Scenario.SetBrusselsTime(new DateTime(2017, 4, 5, 9, 0, 0));
        await Scenario.SubmitAsync("Too late");
        var kept = Assert.Single(await Scenario.Service.ListForDeadlineAsync(CommentScenario.Item9.Id));

        var accepted = Assert.IsType<CommentResult.Accepted>(
            await Scenario.NewService().AcceptLateAsync(CommentScenario.Item9.Id, kept.Value.Id, CommentScenario.Secretariat));

        Assert.Equal((CommentStatus.Submitted, true, CommentScenario.Secretariat), (accepted.Comment.Status, accepted.Comment.Late, accepted.Comment.AcceptedLateBy));
        var compiled = Assert.Single((await Scenario.Service.CompileAsync(CommentScenario.Item9.Id))!.Comments);
        Assert.True(compiled.Late);
        Assert.IsType<CommentResult.Accepted>(await Scenario.SubmitAsync("Too late"));
    }

    [Fact]
    public async Task A_repeated_delivery_after_the_deadline_of_a_comment_sent_in_time_still_returns_it()
    {
        var first = await Scenario.SubmitAcceptedAsync("In time");
        Scenario.SetBrusselsTime(new DateTime(2017, 4, 4, 0, 0, 5));

        var repeated = await Scenario.SubmitAcceptedAsync("In time");

        Assert.Equal((first.Comment.Id, first.ETag), (repeated.Comment.Id, repeated.ETag));
    }

    [Fact]
    public async Task After_the_deadline_a_comment_can_no_longer_be_edited_or_withdrawn()
    {
        var accepted = await Scenario.SubmitAcceptedAsync("In time");
        Scenario.SetBrusselsTime(new DateTime(2017, 4, 4, 8, 0, 0));

        var edit = await Scenario.Service.EditAsync(CommentScenario.Item9.Id, accepted.Comment.Id, CommentScenario.Jana, "Changed", accepted.ETag);
        var withdraw = await Scenario.Service.WithdrawAsync(CommentScenario.Item9.Id, accepted.Comment.Id, CommentScenario.Jana, accepted.ETag);

        Assert.Equal("The deadline for written comments on doc. 7130/17 was 3 April 2017 (end of day, Europe/Brussels time); comments can no longer be edited.",
            Assert.IsType<CommentResult.Rejected>(edit).Reason);
        Assert.EndsWith("comments can no longer be withdrawn.", Assert.IsType<CommentResult.Rejected>(withdraw).Reason);
        Assert.Equal("In time", (await Scenario.Service.GetAsync(CommentScenario.Item9.Id, accepted.Comment.Id))!.Value.Text);
    }

    [Fact]
    public async Task A_withdrawn_comment_cannot_be_accepted_late()
    {
        var accepted = await Scenario.SubmitAcceptedAsync("Text");
        await Scenario.Service.WithdrawAsync(CommentScenario.Item9.Id, accepted.Comment.Id, CommentScenario.Jana, accepted.ETag);

        var result = await Scenario.Service.AcceptLateAsync(CommentScenario.Item9.Id, accepted.Comment.Id, CommentScenario.Secretariat);

        Assert.Equal("This comment was withdrawn by its author.", Assert.IsType<CommentResult.Rejected>(result).Reason);
    }
}
