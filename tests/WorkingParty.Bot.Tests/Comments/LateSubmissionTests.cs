using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

/// <summary>On 30 March 2017: item 7's deadline (29 March) has passed.</summary>
public sealed class LateSubmissionTests() : CommentsBotTest(today: "2017-03-30")
{
    [Fact]
    public async Task A_form_sent_after_the_deadline_is_refused_naming_the_deadline_and_kept_for_the_secretariat()
    {
        var form = await Bot.OpenFormAsync(Item7);

        var answer = ReplacingCard(await Bot.ExecuteAsync(Filled(form, "Too late, sadly.")));

        var text = CardJsonQuery.Text(answer);
        Assert.Contains("was 29 March 2017 (end of day, Europe/Brussels time), so your comment was not submitted", text);
        Assert.DoesNotContain("received", text);
        Assert.Equal("Too late, sadly.", CardJsonQuery.InputValue(answer, "comment"));
        Assert.Equal(CommentStatus.AwaitingLateAcceptance, Assert.Single(await Bot.StoredAsync(Item7)).Status);
    }

    [Fact]
    public async Task The_form_of_a_passed_deadline_warns_before_anything_is_written()
    {
        var form = await Bot.OpenFormAsync(Item7);

        Assert.Contains("The deadline for", CardJsonQuery.Text(form));
        Assert.Contains("was 29 March 2017", CardJsonQuery.Text(form));
    }
}
