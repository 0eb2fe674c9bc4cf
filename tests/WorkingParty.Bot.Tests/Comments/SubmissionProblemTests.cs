using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Comments.Support;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

public sealed class SubmissionProblemTests : CommentsBotTest
{
    public static TheoryData<string, string> BadTexts => new()
    {
        { "   \n  ", "the text is empty" },
        { new string('x', 5001), "the limit is 5,000" },
        { "Line one\u0007 with a bell", "control character (U+0007)" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task Bad_text_comes_back_on_the_form_with_the_text_kept_and_nothing_stored(string typed, string problem)
    {
        var form = await Bot.OpenFormAsync(Item9);
        var sent = Filled(form, typed);

        var answer = ReplacingCard(await Bot.ExecuteAsync(sent));

        Assert.Contains(problem, CardJsonQuery.Text(answer));
        Assert.Equal(typed, CardJsonQuery.InputValue(answer, "comment"));
        Assert.Equal("CZ", CardJsonQuery.InputValue(answer, "delegation"));
        Assert.Equal(sent["nonce"], Assert.Single(CardJsonQuery.ActionData(answer, "comment.submit"))["nonce"]);
        Assert.Empty(await Bot.StoredAsync(Item9));
    }

    [Fact]
    public async Task A_form_without_a_delegation_asks_for_one_and_keeps_the_text()
    {
        var answer = ReplacingCard(await Bot.ExecuteAsync(Filled(await Bot.OpenFormAsync(Item9), "Who am I?", delegation: null)));

        Assert.Contains("choose your delegation", CardJsonQuery.Text(answer));
        Assert.Equal("Who am I?", CardJsonQuery.InputValue(answer, "comment"));
        Assert.Empty(await Bot.StoredAsync(Item9));
    }

    [Fact]
    public async Task Write_comments_on_a_deadline_that_does_not_exist_says_so()
    {
        var notice = await Bot.OpenFormAsync("2017-03-15-hwp-cyber-issues/item-99-2017-05-01");

        Assert.Contains("There is no deadline '2017-03-15-hwp-cyber-issues/item-99-2017-05-01'", CardJsonQuery.Text(notice));
        Assert.Empty(CardJsonQuery.ActionData(notice, "comment.submit"));
    }

    [Fact]
    public async Task A_form_sent_for_a_deadline_that_does_not_exist_is_answered_without_touching_the_form()
    {
        var sent = Filled(await Bot.OpenFormAsync(Item9), "Kept on the form.");
        sent["deadlineId"] = "no-such-meeting/item-1-2017-03-30";

        var notice = await Bot.ExecuteForMessageAsync(sent);

        Assert.Contains("There is no deadline 'no-such-meeting/item-1-2017-03-30'", CardJsonQuery.Text(notice));
        Assert.Empty(await Bot.StoredAsync(Item9));
        Assert.Empty(await Bot.StoredAsync("no-such-meeting/item-1-2017-03-30"));
    }

    [Theory]
    [InlineData("""{ "verb": "comment.submit", "deadlineId": "2017-03-15-hwp-cyber-issues/item-9-2017-04-03", "comment": "no nonce" }""", "That button sent something I cannot read")]
    [InlineData("""{ "verb": "comment.delete-all", "deadlineId": "2017-03-15-hwp-cyber-issues/item-9-2017-04-03" }""", "That button is not one I know")]
    [InlineData("""{ "verb": "comment.submit", "deadlineId": 42, "nonce": "n", "comment": "wrong type" }""", "That button sent something I cannot read")]
    public async Task A_forged_or_unknown_card_action_gets_a_clear_notice_and_stores_nothing(string data, string notice)
    {
        var answer = await Bot.ExecuteForMessageAsync(JObject.Parse(data));

        Assert.Contains(notice, CardJsonQuery.Text(answer));
        Assert.Empty(await Bot.StoredAsync(Item9));
    }

    [Fact]
    public async Task Editing_or_withdrawing_someone_elses_comment_is_refused()
    {
        var receipt = await Bot.SendCommentAsync(Item9, "Mine alone.");
        var withdraw = Assert.Single(CardJsonQuery.ActionData(receipt, "comment.withdraw"));
        var edit = Assert.Single(CardJsonQuery.ActionData(receipt, "comment.edit"));

        var refusedWithdraw = await Bot.ExecuteForMessageAsync(withdraw, TeamsUser.FrenchDelegate);
        var refusedEdit = await Bot.ExecuteForMessageAsync(edit, TeamsUser.FrenchDelegate);

        Assert.Contains("not one of yours", CardJsonQuery.Text(refusedWithdraw));
        Assert.Contains("not one of yours", CardJsonQuery.Text(refusedEdit));
        var stored = Assert.Single(await Bot.StoredAsync(Item9));
        Assert.Equal(WorkingParty.Comments.Model.CommentStatus.Submitted, stored.Status);
    }
}
