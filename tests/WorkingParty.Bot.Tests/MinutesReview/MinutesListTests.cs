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
        const string comment = "The Czech Republic supports the toolbox.";
        await _review.WriteCommentAsync(Item9, comment);
        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));

        var withdrawn = await _review.Bot.PressAsync(_review.Secretary, list, ButtonData.VerbOf<WithdrawMinutes>(), DataOf<WithdrawMinutes>(list, "Horizontal Working Party on Cyber Issues"));

        Assert.Contains("Withdrawn: the minutes of the Horizontal Working Party on Cyber Issues meeting of 15 March 2017.", Cards.Words(withdrawn));
        Assert.Contains("Withdrawn by Maria Rossi", Cards.Words(withdrawn));
        var deadlines = await _review.AskAsync("what deadlines are open?");
        Assert.DoesNotContain("3 April 2017", deadlines);
        Assert.DoesNotContain("Cyber", await _review.AskAsync("which minutes do you have?"));
        Assert.DoesNotContain("Cyber", await _review.AskAsync("what did ENISA report?"));
        Assert.DoesNotContain("19 April", await _review.AskAsync("when is the next HWP meeting?"));
        Assert.Equal([comment], (await _review.Bot.Service<CommentService>().ListForDeadlineAsync(Item9)).Select(c => c.Value.Text));

        var again = await _review.Bot.PressAsync(_review.Secretary, withdrawn, ButtonData.VerbOf<RestoreMinutes>(), DataOf<RestoreMinutes>(withdrawn, "Horizontal Working Party on Cyber Issues"));

        Assert.Contains("Restored: the minutes of the Horizontal Working Party on Cyber Issues meeting of 15 March 2017.", Cards.Words(again));
        Assert.Contains("Monday 3 April 2017", await _review.AskAsync("what deadlines are open?"));
        Assert.Equal([comment], (await _review.Bot.Service<CommentService>().ListForDeadlineAsync(Item9)).Select(c => c.Value.Text));
    }

    [Fact]
    public async Task Withdrawn_minutes_stay_withdrawn_after_a_restart()
    {
        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));
        await _review.Bot.PressAsync(_review.Secretary, list, ButtonData.VerbOf<WithdrawMinutes>(), DataOf<WithdrawMinutes>(list, "Working Party on Judicial Cooperation"));

        await _review.Bot.RestartAsync();

        Assert.DoesNotContain("23 October 2018", await _review.AskAsync("when is the next COPEN meeting?"));
        Assert.Contains("Withdrawn by Maria Rossi", Cards.Words(await _review.Bot.ReplyCardAsync(Secretary("minutes"))));
    }

    [Fact]
    public async Task A_delegate_asking_for_the_list_or_pressing_review_or_withdraw_is_refused_and_the_minutes_stay_answerable()
    {
        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));

        var refusedList = await _review.Bot.ReplyCardAsync(SecretariatActivities.DelegateMessage("minutes", _review.Bot.ServiceUrl));
        var refusedWithdraw = await _review.Bot.PressAsync(_review.Delegate, list, ButtonData.VerbOf<WithdrawMinutes>(), DataOf<WithdrawMinutes>(list, "Horizontal Working Party on Cyber Issues"));

        var refusedReview = await _review.Bot.PressAsync(_review.Delegate, list, ButtonData.VerbOf<ReviewStoredMinutes>(), DataOf<ReviewStoredMinutes>(list, "Horizontal Working Party on Cyber Issues"));

        Assert.All([refusedList, refusedWithdraw, refusedReview], card => Assert.Contains("only the working party's secretariat can list, review, withdraw and restore minutes", Cards.Words(card)));
        Assert.Contains("Monday 3 April 2017", await _review.AskAsync("what deadlines are open?"));
    }

    [Fact]
    public async Task Review_opens_the_review_card_of_published_minutes_and_a_corrected_fact_is_answered_at_once()
    {
        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));

        var review = await _review.Bot.PressAsync(_review.Secretary, list, ButtonData.VerbOf<ReviewStoredMinutes>(), DataOf<ReviewStoredMinutes>(list, "Horizontal Working Party on Cyber Issues"));

        Assert.Contains("Review the minutes: Horizontal Working Party on Cyber Issues", Cards.Words(review));
        var published = await _review.PublishAsync(review, (DateId(ReviewForms.FactOn(review, "date", "2017-04-19"), Field.Date), "2017-04-20"));
        Assert.Contains("1 correction saved.", Cards.Words(published));
        var answer = await _review.AskAsync("when is the next meeting?");
        Assert.Contains("Thursday 20 April 2017", answer);
        Assert.Contains("Corrected by the secretariat on 25 March 2017", answer);
        Assert.Contains("1 correction", Cards.Words(await _review.Bot.ReplyCardAsync(Secretary("minutes"))));
    }

    [Fact]
    public async Task Publishing_the_review_of_minutes_withdrawn_meanwhile_is_refused_and_they_stay_withdrawn()
    {
        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));
        var review = await _review.Bot.PressAsync(_review.Secretary, list, ButtonData.VerbOf<ReviewStoredMinutes>(), DataOf<ReviewStoredMinutes>(list, "Horizontal Working Party on Cyber Issues"));
        await _review.Bot.PressAsync(_review.Secretary, list, ButtonData.VerbOf<WithdrawMinutes>(), DataOf<WithdrawMinutes>(list, "Horizontal Working Party on Cyber Issues"));

        var refused = await _review.PublishAsync(review, (DateId(ReviewForms.FactOn(review, "date", "2017-04-19"), Field.Date), "2017-04-20"));

        Assert.Contains("were withdrawn", Cards.Words(refused));
        Assert.DoesNotContain("Thursday 20 April 2017", await _review.AskAsync("when is the next meeting?"));
        Assert.Contains("Withdrawn by", Cards.Words(await _review.Bot.ReplyCardAsync(Secretary("minutes"))));
    }

    [Fact]
    public async Task The_comments_sent_on_withdrawn_minutes_can_still_be_exported_saying_the_minutes_are_withdrawn()
    {
        await _review.WriteCommentAsync(Item9, "The Czech Republic supports the toolbox.");
        var list = await _review.Bot.ReplyCardAsync(Secretary("minutes"));
        await _review.Bot.PressAsync(_review.Secretary, list, ButtonData.VerbOf<WithdrawMinutes>(), DataOf<WithdrawMinutes>(list, "Horizontal Working Party on Cyber Issues"));

        var asked = Secretary($"export comments {Item9}");
        await _review.Bot.PostAsync(asked);

        var summary = _review.Bot.Connector.RepliesTo(asked).Select(Cards.TextOf).Single(text => text.Contains("Compilation of written comments", StringComparison.Ordinal));
        Assert.Contains("Comments: 1", summary);
        Assert.Contains("Minutes: withdrawn", summary);
        var compilation = await _review.Bot.Service<CommentService>().CompileAsync(Item9);
        Assert.True(compilation!.Deadline.MinutesWithdrawn);
        Assert.Equal(["The Czech Republic supports the toolbox."], compilation.Comments.Select(c => c.Text));
    }

    private JObject Secretary(string text) => SecretariatActivities.SecretaryMessage(text, _review.Bot.ServiceUrl);

    /// <summary>The data of the button <typeparamref name="TButton"/> of the entry of <paramref name="body"/> (the button is found by that data).</summary>
    private static JObject DataOf<TButton>(JObject list, string body) where TButton : ButtonData
    {
        var entry = list.Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Container" && o.ToString().Contains(body)
            && o.Descendants().OfType<JObject>().Any(action => (string?)action["type"] == "Action.Execute"));
        return (JObject)entry.Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == ButtonData.VerbOf<TButton>())["data"]!;
    }
}
