using Newtonsoft.Json.Linq;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Tests.Secretariat;

public sealed class ScheduleChangeTests : IAsyncLifetime
{
    private SecretariatBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SecretariatBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Announced_date_changes_are_what_next_meeting_and_deadline_questions_answer_with_who_changed_them()
    {
        var before = Cards.TextOf(await ReplyAsync("when is the next meeting?"));
        Assert.DoesNotContain("28 April 2017", before);
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);
        var form = await _bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("announce", _bot.ServiceUrl));
        var preview = await _bot.PressAsync(secretary, form, ButtonData.VerbOf<PreviewAnnouncement>(), new JObject
        {
            ["title"] = "Meeting moved", ["text"] = "The next meeting moves; comments on 7130/17 are welcome longer.",
            ["nextMeetingDate"] = "2017-04-28",
            ["extendedDeadlineId"] = "2017-03-15-hwp-cyber-issues/item-7-2017-03-29", ["extendedDeadlineDate"] = "2017-04-07",
        });
        Assert.Contains("extended from 29 March 2017 to Friday 7 April 2017", Cards.Words(preview));

        await _bot.PressAsync(secretary, preview, ButtonData.VerbOf<SendAnnouncement>());

        var meeting = Cards.TextOf(await ReplyAsync("when is the next meeting?"));
        Assert.Contains("28 April 2017", meeting);
        Assert.Contains("Changed by Maria Rossi", meeting);
        var deadlines = Cards.TextOf(await ReplyAsync("what deadlines are open?"));
        Assert.Contains("7 April 2017", deadlines);
        Assert.DoesNotContain("29 March 2017", deadlines);
        Assert.Contains("Changed by Maria Rossi", deadlines);
    }

    private async Task<JObject> ReplyAsync(string question)
    {
        var message = SecretariatActivities.DelegateMessage(question, _bot.ServiceUrl);
        await _bot.PostAsync(message);
        return Assert.Single(_bot.Connector.RepliesTo(message));
    }
}
