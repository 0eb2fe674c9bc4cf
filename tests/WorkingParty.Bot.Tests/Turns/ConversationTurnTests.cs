using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Replies;
using WorkingParty.Bot.Tests.Support;

namespace WorkingParty.Bot.Tests.Turns;

public sealed class ConversationTurnTests : IDisposable
{
    private const string ServiceUrl = "http://127.0.0.1:9/";
    private readonly TurnRunner _bot = new();

    [Fact]
    public async Task Installing_the_bot_in_a_personal_chat_is_answered_with_the_welcome_card()
    {
        var reply = Assert.Single(await _bot.RunAsync(TeamsActivities.BotInstalled(ServiceUrl)));

        var card = CardOf(reply);
        Assert.Contains("Welcome", card.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(reply.Summary));
    }

    [Fact]
    public async Task Installing_the_bot_in_a_team_welcomes_the_channel_once_and_joining_members_get_nothing()
    {
        var installed = TeamsActivities.ChannelMention("", ServiceUrl);
        installed.Remove("text");
        installed.Remove("entities");
        installed["type"] = "installationUpdate";
        installed["action"] = "add";

        var replies = await _bot.RunAsync(installed);
        var botJoined = await _bot.RunAsync(ConversationUpdate(TeamsActivities.BotId));
        var colleagueJoined = await _bot.RunAsync(ConversationUpdate("29:new-colleague"));

        Assert.Contains("Welcome", CardOf(Assert.Single(replies)).ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(botJoined);
        Assert.Empty(colleagueJoined);
    }

    [Fact]
    public async Task Installing_the_bot_in_a_group_chat_welcomes_the_chat()
    {
        var activity = TeamsActivities.BotInstalled(ServiceUrl);
        activity["conversation"] = new JObject { ["conversationType"] = "groupChat", ["isGroup"] = true, ["id"] = "19:group-chat" };

        var reply = Assert.Single(await _bot.RunAsync(activity));

        Assert.Contains("Welcome", CardOf(reply).ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("Help!")]
    [InlineData("what can you do?")]
    [InlineData("")]
    public async Task Help_lists_what_the_bot_can_do_with_example_questions(string text)
    {
        var reply = Assert.Single(await _bot.RunAsync(TeamsActivities.PersonalMessage(text, ServiceUrl)));

        var card = CardOf(reply).ToString();
        Assert.Contains("next meeting", card, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("deadlines", card, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("next meeting", reply.Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_a_channel_the_bots_mention_is_stripped_before_the_question_is_read()
    {
        var inChannel = await _bot.RunAsync(TeamsActivities.ChannelMention("when is the next meeting?", ServiceUrl));
        var inPersonalChat = await _bot.RunAsync(TeamsActivities.PersonalMessage("when is the next meeting?", ServiceUrl));

        var reply = Assert.Single(inChannel);
        Assert.Contains("19 April 2017", reply.Summary);
        Assert.Equal(Assert.Single(inPersonalChat).Summary, reply.Summary);
    }

    [Fact]
    public async Task A_help_request_in_a_channel_is_recognised_despite_the_mention()
    {
        var reply = Assert.Single(await _bot.RunAsync(TeamsActivities.ChannelMention("help", ServiceUrl)));

        Assert.Contains("Try asking", reply.Summary);
    }

    [Fact]
    public async Task A_channel_that_cannot_show_cards_gets_the_same_content_as_text()
    {
        var sms = TeamsActivities.PersonalMessage("what deadlines are open?", ServiceUrl);
        sms["channelId"] = "sms";

        var reply = Assert.Single(await _bot.RunAsync(sms));

        Assert.Empty(reply.Attachments ?? []);
        Assert.Contains("29 March 2017", reply.Text);
        Assert.Contains("3 April 2017", reply.Text);
    }

    private static JObject CardOf(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments);
        Assert.Equal(CardReply.ContentType, attachment.ContentType);
        var card = JObject.Parse(attachment.Content.ToString()!);
        Assert.Equal("1.5", (string?)card["version"]);
        return card;
    }

    private static JObject ConversationUpdate(string addedMemberId)
    {
        var activity = TeamsActivities.ChannelMention("", ServiceUrl);
        activity.Remove("text");
        activity.Remove("entities");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JArray(new JObject { ["id"] = addedMemberId });
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }

    public void Dispose() => _bot.Dispose();
}
