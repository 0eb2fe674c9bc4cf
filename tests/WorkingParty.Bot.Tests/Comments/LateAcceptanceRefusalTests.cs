using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

/// <summary>On 30 March 2017: who may accept late comments, and what a forged or pointless acceptance gets.</summary>
public sealed class LateAcceptanceRefusalTests() : CommentsBotTest(today: "2017-03-30")
{
    private const string Refusal = "only the working party's secretariat can see and accept late comments";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Bot.SendCommentAsync(Item7, "Too late, sadly.");
    }

    [Fact]
    public async Task A_delegate_typing_the_command_is_refused_politely_and_sees_no_comment()
    {
        var answer = CardJsonQuery.Text(await Bot.SayAsync($"late comments {Item7}", TeamsUser.FrenchDelegate));

        Assert.Contains(Refusal, answer);
        Assert.DoesNotContain("Too late", answer);
    }

    [Fact]
    public async Task A_delegate_pressing_the_accept_button_is_refused_and_the_comment_still_waits()
    {
        var list = await Bot.SayAsync($"late comments {Item7}", TeamsUser.Secretariat);
        var accept = Assert.Single(CardJsonQuery.ActionData(list, "comment.acceptlate"));

        var answer = await Bot.ExecuteForMessageAsync(accept, TeamsUser.CzechDelegate);

        Assert.Contains(Refusal, CardJsonQuery.Text(answer));
        Assert.Equal(CommentStatus.AwaitingLateAcceptance, Assert.Single(await Bot.StoredAsync(Item7)).Status);
    }

    [Theory]
    [InlineData(Item7, "0123456789abcdef0123")]
    [InlineData(Item7, "../../secrets")]
    [InlineData("nowhere/item-1", "0123456789abcdef0123")]
    public async Task A_forged_acceptance_is_answered_clearly_and_changes_nothing(string deadlineId, string commentId)
    {
        var forged = new JObject { ["verb"] = "comment.acceptlate", ["deadlineId"] = deadlineId, ["commentId"] = commentId };

        var answer = CardJsonQuery.Text(await Bot.ExecuteForMessageAsync(forged, TeamsUser.Secretariat));

        Assert.Contains("There is no late comment to accept", answer);
        Assert.Contains($"No comment '{commentId}' was found on the deadline '{deadlineId}'", answer);
        Assert.Equal(CommentStatus.AwaitingLateAcceptance, Assert.Single(await Bot.StoredAsync(Item7)).Status);
    }

    [Fact]
    public async Task Accepting_a_comment_sent_in_time_says_it_needs_no_acceptance()
    {
        var receipt = CardJsonQuery.Text(await Bot.SendCommentAsync(Item9, "In time."));
        var reference = (await Bot.StoredAsync(Item9)).Single().Id;
        Assert.Contains(reference, receipt);

        var answer = await Bot.ExecuteForMessageAsync(
            new JObject { ["verb"] = "comment.acceptlate", ["deadlineId"] = Item9, ["commentId"] = reference }, TeamsUser.Secretariat);

        Assert.Contains($"Comment {reference} was sent before its deadline, so it needs no acceptance.", CardJsonQuery.Text(answer));
        Assert.False(Assert.Single(await Bot.StoredAsync(Item9)).Late);
    }

    [Fact]
    public async Task Late_comments_on_a_deadline_that_does_not_exist_names_it()
    {
        var answer = CardJsonQuery.Text(await Bot.SayAsync("late comments nowhere/item-1", TeamsUser.Secretariat));

        Assert.Contains("There is no deadline 'nowhere/item-1'", answer);
    }
}
