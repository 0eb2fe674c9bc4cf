using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

public sealed class EditAndWithdrawTests : CommentsBotTest
{
    [Fact]
    public async Task Edit_opens_the_form_on_the_current_text_and_saving_keeps_the_earlier_version()
    {
        var receipt = await Bot.SendCommentAsync(Item9, "First thoughts.");

        var editForm = ReplacingCard(await Bot.ExecuteAsync(EditButton(receipt)));
        Assert.Equal("First thoughts.", CardJsonQuery.InputValue(editForm, "comment"));
        var save = Filled(editForm, "Second thoughts.");
        Assert.Equal(1, (int?)save["version"]);
        var saved = ReplacingCard(await Bot.ExecuteAsync(save));

        Assert.Contains("Your changes are saved", CardJsonQuery.Text(saved));
        var stored = Assert.Single(await Bot.StoredAsync(Item9));
        Assert.Equal(["First thoughts.", "Second thoughts."], stored.Versions.Select(v => v.Text));
        Assert.Equal(2, (int?)EditButton(saved)["version"]);
    }

    [Fact]
    public async Task Two_racing_edits_of_one_comment_save_one_and_show_the_other_the_latest()
    {
        var editForm = ReplacingCard(await Bot.ExecuteAsync(EditButton(await Bot.SendCommentAsync(Item9, "Original."))));

        var answers = await Task.WhenAll(
            Bot.ExecuteAsync(Filled(editForm, "Edit from the laptop.")),
            Bot.ExecuteAsync(Filled(editForm, "Edit from the phone.")));

        var cards = answers.Select(ReplacingCard).ToList();
        var winner = Assert.Single(cards, c => CardJsonQuery.Text(c).Contains("Your changes are saved"));
        var loser = Assert.Single(cards, c => CardJsonQuery.Text(c).Contains("changed by another edit"));
        var stored = Assert.Single(await Bot.StoredAsync(Item9));
        Assert.Equal(2, stored.Versions.Count);
        Assert.Equal(stored.Text, CardJsonQuery.InputValue(loser, "comment"));
        Assert.Contains(stored.Text == "Edit from the laptop." ? "Edit from the phone." : "Edit from the laptop.", CardJsonQuery.Text(loser));
        Assert.Equal(2, (int?)Assert.Single(CardJsonQuery.ActionData(loser, "comment.submit"))["version"]);
        Assert.Contains(stored.Text, CardJsonQuery.Text(winner));
    }

    [Fact]
    public async Task Saving_the_same_edit_twice_is_no_conflict()
    {
        var editForm = ReplacingCard(await Bot.ExecuteAsync(EditButton(await Bot.SendCommentAsync(Item9, "Original."))));
        var save = Filled(editForm, "Edited once.");

        ReplacingCard(await Bot.ExecuteAsync(save));
        var again = ReplacingCard(await Bot.ExecuteAsync(save));

        Assert.Contains("Your changes are saved", CardJsonQuery.Text(again));
        Assert.Equal(2, Assert.Single(await Bot.StoredAsync(Item9)).Versions.Count);
    }

    [Fact]
    public async Task Withdraw_marks_the_comment_withdrawn_and_the_receipt_offers_no_more_changes()
    {
        var receipt = await Bot.SendCommentAsync(Item9, "To be withdrawn.");

        var withdrawn = ReplacingCard(await Bot.ExecuteAsync(Assert.Single(CardJsonQuery.ActionData(receipt, "comment.withdraw"))));

        Assert.Contains("Your comments are withdrawn", CardJsonQuery.Text(withdrawn));
        Assert.Empty(CardJsonQuery.ActionData(withdrawn, "comment.edit"));
        Assert.Equal(CommentStatus.Withdrawn, Assert.Single(await Bot.StoredAsync(Item9)).Status);
        var editAfter = ReplacingCard(await Bot.ExecuteAsync(EditButton(receipt)));
        Assert.Contains("withdrawn; it can no longer be changed", CardJsonQuery.Text(editAfter));
    }

    [Fact]
    public async Task Withdraw_from_a_receipt_older_than_the_comment_shows_the_latest_instead()
    {
        var receipt = await Bot.SendCommentAsync(Item9, "Version one.");
        var editForm = ReplacingCard(await Bot.ExecuteAsync(EditButton(receipt)));
        ReplacingCard(await Bot.ExecuteAsync(Filled(editForm, "Version two.")));

        var answer = ReplacingCard(await Bot.ExecuteAsync(Assert.Single(CardJsonQuery.ActionData(receipt, "comment.withdraw"))));

        Assert.Contains("it was not withdrawn", CardJsonQuery.Text(answer));
        Assert.Contains("Version two.", CardJsonQuery.Text(answer));
        Assert.Equal(CommentStatus.Submitted, Assert.Single(await Bot.StoredAsync(Item9)).Status);
    }

    [Fact]
    public async Task My_comments_lists_only_the_senders_own_comments_newest_first()
    {
        await Bot.SendCommentAsync(Item9, "Czech comment on the toolbox.");
        await Bot.SendCommentAsync(Item7, "Czech comment on 7130/17.");
        await Bot.SendCommentAsync(Item9, "Commentaire français.", TeamsUser.FrenchDelegate, "FR");

        var typed = CardJsonQuery.Text(await Bot.SayAsync("Show my comments"));
        var clicked = CardJsonQuery.Text(await Bot.ExecuteForMessageAsync(new JObject { ["verb"] = "comment.mine" }));

        foreach (var mine in new[] { typed, clicked })
        {
            Assert.Contains("My comments", mine);
            Assert.DoesNotContain("Commentaire français.", mine);
            Assert.True(mine.IndexOf("Czech comment on 7130/17.", StringComparison.Ordinal) < mine.IndexOf("Czech comment on the toolbox.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task My_comments_with_none_sent_says_how_to_write_one()
    {
        Assert.Contains("You have not sent any comments yet", CardJsonQuery.Text(await Bot.SayAsync("my comments")));
    }

    private static JObject EditButton(JObject receipt) => Assert.Single(CardJsonQuery.ActionData(receipt, "comment.edit"));
}
