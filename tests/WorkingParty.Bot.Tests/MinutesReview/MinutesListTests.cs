using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Cards.Actions;
using WorkingParty.Comments;
using WorkingParty.Comments.Service;
using static WorkingParty.Cards.Actions.ReviewForm;

namespace WorkingParty.Bot.Tests.MinutesReview;

using Cards = WorkingParty.Bot.Tests.Secretariat.Cards;

/// <summary>The secretariat's <c>minutes</c> list: what is stored, where from, who published it, its corrections; Withdraw and Restore.</summary>
public sealed class MinutesListTests : IAsyncLifetime
{
    private const string Item9 = "2017-03-15-hwp-cyber-issues/item-9-2017-04-03";
    private ReviewBot _review = null!;

    public async Task InitializeAsync()
    {
        _review = await ReviewBot.StartAsync(seedInFolder: true);
        File.Copy(Path.Combine(Path.GetDirectoryName(ReviewBot.SeedPath)!, "minutes-copen-2018-10.txt"), Path.Combine(_review.MinutesFolder, "minutes-copen-2018-10.txt"));
        await _review.Bot.RestartAsync();
    }

    public async Task DisposeAsync() => await _review.DisposeAsync();

    [Fact]
    public async Task The_list_shows_each_stored_minutes_with_its_document_file_publisher_and_corrections()
    {
        var review = await _review.UploadAsync();
        await _review.PublishAsync(review, (DateId(ReviewForms.FactOn(review, "date", "2017-04-19"), Field.Date), "2017-04-20"), (DocumentNumberId, "7423/17"));

        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));

        var words = Cards.Words(list);
        Assert.Contains("Stored minutes: 2", words);
        Assert.Contains("Working Party on Judicial Cooperation in Criminal Matters, Friday 5 October 2018", words);
        Assert.Contains("Horizontal Working Party on Cyber Issues, Wednesday 15 March 2017", words);
        Assert.Contains("Document 7423/17 · file minutes-hwp-cyber-2017-03.txt", words);
        Assert.Contains("Published by Maria Rossi, {{DATE(", words);
        Assert.Contains("2 corrections", words);
        Assert.Contains("From the minutes folder", words);
        Assert.Contains("No corrections", words);
        Assert.Equal(2, list.Descendants().OfType<JObject>().Count(o => (string?)o["verb"] == ButtonData.VerbOf<WithdrawMinutes>() && o["type"]?.ToString() == "Action.Execute"));
    }

    [Fact]
    public async Task Withdrawn_minutes_are_neither_answered_from_nor_cited_their_comments_stay_and_restored_minutes_are_answered_again()
    {
        Assert.Contains("Monday 3 April 2017", await _review.AskAsync("what deadlines are open?"));
        var comment = await WriteCommentAsync(Item9, "The Czech Republic supports the toolbox.");
        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));

        var withdrawn = await _review.Bot.PressAsync(_review.Secretary, list, ButtonData.VerbOf<WithdrawMinutes>(), Entry(list, "Horizontal Working Party on Cyber Issues"));

        Assert.Contains("Withdrawn: the minutes of the Horizontal Working Party on Cyber Issues meeting of 15 March 2017.", Cards.Words(withdrawn));
        Assert.Contains("Withdrawn by Maria Rossi", Cards.Words(withdrawn));
        var deadlines = await _review.AskAsync("what deadlines are open?");
        Assert.DoesNotContain("3 April 2017", deadlines);
        Assert.DoesNotContain("Cyber", await _review.AskAsync("which minutes do you have?"));
        Assert.DoesNotContain("Cyber", await _review.AskAsync("what did ENISA report?"));
        Assert.DoesNotContain("19 April", await _review.AskAsync("when is the next HWP meeting?"));
        Assert.Equal([comment], (await _review.Bot.Service<CommentService>().ListForDeadlineAsync(Item9)).Select(c => c.Value.Text));

        var again = await _review.Bot.PressAsync(_review.Secretary, withdrawn, ButtonData.VerbOf<RestoreMinutes>(), Entry(withdrawn, "Horizontal Working Party on Cyber Issues"));

        Assert.Contains("Restored: the minutes of the Horizontal Working Party on Cyber Issues meeting of 15 March 2017.", Cards.Words(again));
        Assert.Contains("Monday 3 April 2017", await _review.AskAsync("what deadlines are open?"));
        Assert.Equal([comment], (await _review.Bot.Service<CommentService>().ListForDeadlineAsync(Item9)).Select(c => c.Value.Text));
    }

    [Fact]
    public async Task Withdrawn_minutes_stay_withdrawn_after_a_restart()
    {
        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));
        await _review.Bot.PressAsync(_review.Secretary, list, ButtonData.VerbOf<WithdrawMinutes>(), Entry(list, "Working Party on Judicial Cooperation"));

        await _review.Bot.RestartAsync();

        Assert.DoesNotContain("23 October 2018", await _review.AskAsync("when is the next COPEN meeting?"));
        Assert.Contains("Withdrawn by Maria Rossi", Cards.Words(await _review.Bot.ReplyCardAsync(Secretary("minutes"))));
    }

    [Fact]
    public async Task A_delegate_asking_for_the_list_or_pressing_withdraw_is_refused_and_the_minutes_stay_answerable()
    {
        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));

        var refusedList = await _review.Bot.ReplyCardAsync(SecretariatActivities.DelegateMessage("minutes", _review.Bot.ServiceUrl));
        var refusedWithdraw = await _review.Bot.PressAsync(_review.Delegate, list, ButtonData.VerbOf<WithdrawMinutes>(), Entry(list, "Horizontal Working Party on Cyber Issues"));

        Assert.All([refusedList, refusedWithdraw], card => Assert.Contains("only the working party's secretariat can list, withdraw and restore minutes", Cards.Words(card)));
        Assert.Contains("Monday 3 April 2017", await _review.AskAsync("what deadlines are open?"));
    }

    private JObject Secretary(string text) => SecretariatActivities.SecretaryMessage(text, _review.Bot.ServiceUrl);

    /// <summary>The data of the Withdraw or Restore button of the entry of <paramref name="body"/> (the button is found by that data).</summary>
    private static JObject Entry(JObject list, string body)
    {
        var entry = list.Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Container" && o.ToString().Contains(body)
            && o.Descendants().OfType<JObject>().Any(action => (string?)action["type"] == "Action.Execute"));
        return (JObject)entry.Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Action.Execute")["data"]!;
    }

    /// <summary>A delegate writes comments on a deadline through its card, as in Teams; the text stored.</summary>
    private async Task<string> WriteCommentAsync(string deadlineId, string text)
    {
        var deadlines = await _review.Bot.ReplyCardAsync(SecretariatActivities.DelegateMessage("what deadlines are open?", _review.Bot.ServiceUrl));
        var write = deadlines.Descendants().OfType<JObject>().First(o => (string?)o["verb"] == "comment.write" && (string?)o["data"]?["deadlineId"] == deadlineId);
        var form = await _review.Bot.PressAsync(_review.Delegate, new JObject { ["actions"] = new JArray(write.DeepClone()) }, "comment.write");
        await _review.Bot.PressAsync(_review.Delegate, form, "comment.submit", new JObject { ["delegation"] = "CZ", ["comment"] = text });
        return text;
    }
}
