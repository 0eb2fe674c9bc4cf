using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Comments;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

public sealed class SubmitCommentTests : CommentsBotTest
{
    [Fact]
    public async Task Write_comments_on_the_deadlines_card_opens_a_form_naming_the_deadline()
    {
        var write = await Bot.WriteButtonAsync(Item9);

        var form = await Bot.ExecuteForMessageAsync(write);

        var text = CardJsonQuery.Text(form);
        Assert.Contains("Written comments", text);
        Assert.Contains("Monday 3 April 2017", text);
        var send = Assert.Single(CardJsonQuery.ActionData(form, "comment.submit"));
        Assert.Equal(Item9, (string?)send["deadlineId"]);
        Assert.False(string.IsNullOrEmpty((string?)send["nonce"]));
    }

    [Fact]
    public async Task Each_form_gets_its_own_nonce_and_remembers_the_delegation_last_used()
    {
        var first = await Bot.OpenFormAsync(Item7);
        ReplacingCard(await Bot.ExecuteAsync(Filled(first, "First comment.", delegation: "FR")));

        var second = await Bot.OpenFormAsync(Item9);

        Assert.NotEqual(Nonce(first), Nonce(second));
        Assert.Equal("FR", CardJsonQuery.InputValue(second, "delegation"));
        Assert.Null(CardJsonQuery.InputValue(first, "delegation"));
    }

    [Fact]
    public async Task Sending_the_form_replaces_it_with_a_receipt_once_the_comment_is_stored()
    {
        var form = await Bot.OpenFormAsync(Item9);

        var receipt = ReplacingCard(await Bot.ExecuteAsync(Filled(form, "The Czech Republic supports the toolbox.", document: null)));

        var stored = Assert.Single(await Bot.StoredAsync(Item9));
        Assert.Equal("The Czech Republic supports the toolbox.", stored.Text);
        Assert.Equal("CZ", stored.Delegation);
        Assert.Equal("Jana Novak", stored.Author.DisplayName);
        var text = CardJsonQuery.Text(receipt);
        Assert.Contains("Your comments are received", text);
        Assert.Contains(stored.Id, text);
        Assert.Contains("Received on {{DATE(2017-03-25T12:", text);
        Assert.Equal(stored.Id, (string?)Assert.Single(CardJsonQuery.ActionData(receipt, "comment.edit"))["commentId"]);
        Assert.Single(CardJsonQuery.ActionData(receipt, "comment.withdraw"));
    }

    [Fact]
    public async Task An_Action_Submit_from_an_older_client_updates_the_form_message_with_the_receipt()
    {
        var form = await Bot.OpenFormAsync(Item7);

        var update = await Bot.SubmitAsync(Filled(form, "Sent from a client without Universal Actions."), cardActivityId: "form-message-1");

        Assert.Equal("form-message-1", (string?)update["id"]);
        Assert.Contains("Your comments are received", CardJsonQuery.Text(CardOf(update)));
        Assert.Equal("Sent from a client without Universal Actions.", Assert.Single(await Bot.StoredAsync(Item7)).Text);
    }

    [Fact]
    public async Task The_receipt_text_gives_the_time_it_was_received_in_brussels_time()
    {
        var form = await Bot.OpenFormAsync(Item7);

        var update = await Bot.SubmitAsync(Filled(form, "Sent at noon UTC."), cardActivityId: "form-message-1");

        // The pinned day starts at noon UTC: 13:00 in Brussels on 25 March 2017, before clocks go forward.
        Assert.Matches(@"Received: 25 March 2017, 13:\d\d Brussels time", (string?)update["summary"]);
    }

    [Fact]
    public async Task The_receipt_text_names_the_working_partys_own_zone()
    {
        await using var lisbon = await CommentsBot.StartAsync(timeZone: "Europe/Lisbon");
        var form = await lisbon.OpenFormAsync(Item7);

        var update = await lisbon.SubmitAsync(Filled(form, "Sent from Lisbon."), cardActivityId: "form-message-1");

        Assert.Matches(@"Received: 25 March 2017, 12:\d\d Lisbon time", (string?)update["summary"]);
    }

    [Fact]
    public async Task The_same_form_sent_twice_makes_one_comment_with_the_same_reference()
    {
        var data = Filled(await Bot.OpenFormAsync(Item9), "Sent twice by a double click.");

        var first = ReplacingCard(await Bot.ExecuteAsync(data));
        var second = ReplacingCard(await Bot.ExecuteAsync(data));

        var stored = Assert.Single(await Bot.StoredAsync(Item9));
        Assert.Contains(stored.Id, CardJsonQuery.Text(first));
        Assert.Contains(stored.Id, CardJsonQuery.Text(second));
    }

    [Fact]
    public async Task Ten_concurrent_deliveries_of_one_submission_make_one_comment()
    {
        var data = Filled(await Bot.OpenFormAsync(Item9), "Redelivered by the channel.");

        var receipts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Bot.ExecuteAsync(data)));

        var stored = Assert.Single(await Bot.StoredAsync(Item9));
        Assert.All(receipts, r => Assert.Contains(stored.Id, CardJsonQuery.Text(ReplacingCard(r))));
    }

    [Fact]
    public async Task Two_forms_of_the_same_user_make_two_comments()
    {
        await Bot.SendCommentAsync(Item9, "One.");
        await Bot.SendCommentAsync(Item9, "Two.");

        Assert.Equal(["One.", "Two."], (await Bot.StoredAsync(Item9)).Select(c => c.Text));
    }

    [Fact]
    public async Task Html_and_markdown_are_stored_and_shown_as_typed()
    {
        const string typed = "<b>bold?</b> **not bold** [link](http://example.org) <script>alert(1)</script>";

        var receipt = await Bot.SendCommentAsync(Item9, typed);

        Assert.Equal(typed, Assert.Single(await Bot.StoredAsync(Item9)).Text);
        var shown = receipt.DescendantsAndSelf().OfType<JObject>()
            .Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!).Single(t => t.Contains("bold?"));
        Assert.Equal(typed, Regex.Replace(shown, @"\\(.)", "$1"));
        Assert.Contains(@"\<b\>", shown);
        Assert.Contains(@"\*\*not bold\*\*", shown);
    }

    private static string Nonce(JObject form) => (string)Assert.Single(CardJsonQuery.ActionData(form, "comment.submit"))["nonce"]!;
}
