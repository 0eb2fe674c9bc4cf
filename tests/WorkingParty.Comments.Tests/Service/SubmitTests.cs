using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Roster;
using WorkingParty.Comments.Rules;
using WorkingParty.Comments.Service;
using WorkingParty.Comments.Tests.Support;

namespace WorkingParty.Comments.Tests.Service;

public sealed class SubmitTests : FileStoreCommentTest
{
    [Fact]
    public async Task An_accepted_comment_is_durably_stored_with_everything_the_delegate_sent()
    {
        var accepted = await Scenario.SubmitAcceptedAsync("  We support the text.  ", document: "7130/17");

        var stored = await Scenario.NewService().GetAsync(CommentScenario.Item9.Id, accepted.Comment.Id);

        Assert.NotNull(stored);
        Assert.Equal(accepted.ETag, stored.ETag);
        var comment = stored.Value;
        Assert.Equal("We support the text.", comment.Text);
        Assert.Equal(("CZ", CommentScenario.Jana, "7130/17"), (comment.Delegation, comment.Author, comment.DocumentReference));
        Assert.Equal((CommentStatus.Submitted, false), (comment.Status, comment.Late));
        Assert.Equal(Scenario.Time.GetUtcNow(), comment.ReceivedAt);
        Assert.Single(comment.Versions);
    }

    [Fact]
    public async Task The_same_submission_id_returns_the_same_comment()
    {
        var first = await Scenario.SubmitAcceptedAsync("Text");

        var repeated = await Scenario.SubmitAcceptedAsync("Text");

        Assert.Equal(first.Comment.Id, repeated.Comment.Id);
        Assert.Equal(first.ETag, repeated.ETag);
        Assert.Single(await Scenario.Service.ListForDeadlineAsync(CommentScenario.Item9.Id));
    }

    [Fact]
    public async Task Fifty_concurrent_deliveries_of_one_submission_make_one_comment()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Scenario.Service : Scenario.NewService())
                .SubmitAsync(new CommentSubmission("activity-42", CommentScenario.Item9.Id, "CZ", CommentScenario.Jana, "Double click")))));

        var accepted = results.Select(r => Assert.IsType<CommentResult.Accepted>(r)).ToList();
        Assert.Single(accepted.Select(a => a.Comment.Id).Distinct());
        Assert.Single(await Scenario.Service.ListForDeadlineAsync(CommentScenario.Item9.Id));
    }

    [Fact]
    public async Task Different_submissions_make_different_comments_even_with_equal_ids_from_different_users()
    {
        await Scenario.SubmitAcceptedAsync("One", "activity-1");
        await Scenario.SubmitAcceptedAsync("Two", "activity-2");
        await Scenario.SubmitAcceptedAsync("Three", "activity-1", CommentScenario.Piet, "NL");

        var all = await Scenario.Service.ListForDeadlineAsync(CommentScenario.Item9.Id);

        Assert.Equal(["One", "Three", "Two"], all.Select(c => c.Value.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_deadline_that_does_not_exist_is_named_in_the_refusal()
    {
        var result = await Scenario.Service.SubmitAsync(new CommentSubmission("a", "2017-03-15-hwp-cyber-issues/item-99-2017-05-01", "CZ", CommentScenario.Jana, "Text"));

        Assert.Equal("There is no deadline '2017-03-15-hwp-cyber-issues/item-99-2017-05-01'. Please ask for the open deadlines and use the button there.",
            Assert.IsType<CommentResult.Rejected>(result).Reason);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    [InlineData("a//b")]
    public async Task A_forged_deadline_id_gets_an_answer_not_an_exception(string deadlineId)
    {
        var result = await Scenario.Service.SubmitAsync(new CommentSubmission("a", deadlineId, "CZ", CommentScenario.Jana, "Text"));

        Assert.StartsWith("There is no deadline", Assert.IsType<CommentResult.Rejected>(result).Reason);
    }

    [Fact]
    public async Task An_unknown_delegation_is_refused_and_a_lower_case_code_is_accepted()
    {
        Assert.Equal("Please choose your delegation from the list.",
            Assert.IsType<CommentResult.Rejected>(await Scenario.SubmitAsync("Text", delegation: "XX")).Reason);

        Assert.Equal("EL", (await Scenario.SubmitAcceptedAsync("Text", delegation: " el ")).Comment.Delegation);
    }

    [Fact]
    public async Task Bad_text_is_refused_and_nothing_is_stored()
    {
        var result = await Scenario.SubmitAsync("bad \u0007 text");

        Assert.StartsWith("The comment holds an invisible control character", Assert.IsType<CommentResult.Rejected>(result).Reason);
        Assert.Empty(await Scenario.Service.ListForDeadlineAsync(CommentScenario.Item9.Id));
    }

    [Fact]
    public async Task The_maximum_length_comes_from_the_options()
    {
        var scenario = new CommentScenario(Scenario.Store) { Options = new CommentsOptions { MaxTextLength = 10 } };

        var result = await scenario.NewService().SubmitAsync(new CommentSubmission("a", CommentScenario.Item9.Id, "CZ", CommentScenario.Jana, "eleven char"));

        Assert.Equal("The comment is 11 characters long; the limit is 10. Please shorten it.", Assert.IsType<CommentResult.Rejected>(result).Reason);
    }

    [Fact]
    public async Task Html_and_markdown_are_stored_literally()
    {
        const string text = "<b>Not bold</b> <script>x()</script> **not bold either** & <br/>";

        var accepted = await Scenario.SubmitAcceptedAsync(text);

        Assert.Equal(text, (await Scenario.NewService().GetAsync(CommentScenario.Item9.Id, accepted.Comment.Id))!.Value.Text);
    }

    [Fact]
    public async Task The_first_comment_declares_the_users_delegation_unconfirmed()
    {
        Assert.Null(await Scenario.Service.Roster.StandingOfAsync(CommentScenario.Jana.UserId));

        await Scenario.SubmitAcceptedAsync("Text", delegation: "SK");

        Assert.Equal(new DelegateStanding("SK", StandingSource.SelfDeclared), await Scenario.NewService().Roster.StandingOfAsync(CommentScenario.Jana.UserId));
        Assert.Null(await Scenario.Service.Roster.StandingOfAsync(CommentScenario.Piet.UserId));
    }
}
