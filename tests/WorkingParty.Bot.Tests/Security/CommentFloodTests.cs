using WorkingParty.Bot.Tests.Comments.Support;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>
/// Issue 14, item 6: one user filing comments in a loop is stopped, politely, at <c>Comments:MaxPerUserPerDeadline</c>
/// and <c>Comments:MaxPerUserPerDay</c>; others are not affected.
/// </summary>
public sealed class CommentFloodTests : IAsyncLifetime
{
    private CommentsBot _bot = null!;

    public async Task InitializeAsync() => _bot = await CommentsBot.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Comments:MaxPerUserPerDeadline"] = "3",
        ["Comments:MaxPerUserPerDay"] = "4",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_user_filing_comments_in_a_loop_is_stopped_politely_at_the_limit_per_deadline()
    {
        for (var i = 1; i <= 3; i++)
            Assert.Contains("Received", CardJsonQuery.Text(await _bot.SendCommentAsync(Item9, $"Comment {i}.")));

        var refused = await _bot.SendCommentAsync(Item9, "Comment 4.");

        Assert.Contains("3 comments on this deadline", CardJsonQuery.Text(refused));
        Assert.Equal("Comment 4.", CardJsonQuery.InputValue(refused, "comment"));
        Assert.Equal(3, (await _bot.StoredAsync(Item9)).Count);
        Assert.Contains("Received", CardJsonQuery.Text(await _bot.SendCommentAsync(Item9, "From France.", TeamsUser.FrenchDelegate, "FR")));
    }

    [Fact]
    public async Task A_user_filing_comments_across_deadlines_is_stopped_politely_at_the_daily_limit()
    {
        for (var i = 1; i <= 3; i++)
            await _bot.SendCommentAsync(Item9, $"Comment {i}.");
        Assert.Contains("Received", CardJsonQuery.Text(await _bot.SendCommentAsync(Item7, "One on item 7.")));

        var refused = await _bot.SendCommentAsync(Item7, "Another on item 7.");

        Assert.Contains("4 comments today", CardJsonQuery.Text(refused));
        Assert.Single(await _bot.StoredAsync(Item7));
    }

    [Fact]
    public async Task Submissions_sent_all_at_once_do_not_slip_past_the_limit()
    {
        var forms = new List<Newtonsoft.Json.Linq.JObject>();
        for (var i = 0; i < 8; i++)
            forms.Add(Filled(await _bot.OpenFormAsync(Item9), $"Burst {i}."));

        await Task.WhenAll(forms.Select(form => _bot.ExecuteAsync(form)));

        Assert.Equal(3, (await _bot.StoredAsync(Item9)).Count);
    }

    [Fact]
    public async Task Sending_the_same_form_again_at_the_limit_is_not_refused()
    {
        var forms = new List<Newtonsoft.Json.Linq.JObject>();
        for (var i = 0; i < 3; i++)
        {
            forms.Add(Filled(await _bot.OpenFormAsync(Item9), $"Comment {i}."));
            await _bot.ExecuteAsync(forms[^1]);
        }

        var again = ReplacingCard(await _bot.ExecuteAsync(forms[^1]));

        Assert.Contains("Received", CardJsonQuery.Text(again));
        Assert.Equal(3, (await _bot.StoredAsync(Item9)).Count);
    }
}
