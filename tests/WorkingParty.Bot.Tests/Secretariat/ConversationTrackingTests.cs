using Newtonsoft.Json.Linq;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Bot.Tests.Support;

namespace WorkingParty.Bot.Tests.Secretariat;

public sealed class ConversationTrackingTests : IAsyncLifetime
{
    private SecretariatBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SecretariatBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Installing_in_a_personal_chat_and_a_team_registers_both_conversations()
    {
        await _bot.PostAsync(TeamsActivities.BotInstalled(_bot.ServiceUrl));
        await _bot.PostAsync(SecretariatActivities.AddedToTeam(_bot.ServiceUrl));

        var conversations = (await _bot.ConversationsAsync()).OrderBy(c => c.Scope).ToList();

        Assert.Equal([ConversationScope.Personal, ConversationScope.Channel], conversations.Select(c => c.Scope));
        Assert.Equal(SecretariatActivities.DelegateChat, conversations[0].ConversationId);
        Assert.Equal(SecretariatActivities.DelegateId, conversations[0].UserId);
        Assert.Equal(SecretariatActivities.TeamId, conversations[1].ConversationId);
        var reference = JObject.Parse(conversations[1].Reference);
        Assert.Equal(_bot.ServiceUrl, (string?)reference["serviceUrl"]);
        Assert.Null((string?)reference["activityId"]);
    }

    [Fact]
    public async Task A_channel_message_in_a_thread_registers_the_channel_itself()
    {
        await _bot.PostAsync(TeamsActivities.ChannelMention("help", _bot.ServiceUrl));

        var channel = Assert.Single(await _bot.ConversationsAsync());

        Assert.Equal("19:general@thread.tacv2", channel.ConversationId);
        Assert.Equal("19:general@thread.tacv2", (string?)JObject.Parse(channel.Reference)["conversation"]?["id"]);
    }

    [Fact]
    public async Task Uninstalling_and_removing_the_bot_from_a_team_forgets_those_conversations()
    {
        await _bot.PostAsync(TeamsActivities.BotInstalled(_bot.ServiceUrl));
        await _bot.PostAsync(SecretariatActivities.AddedToTeam(_bot.ServiceUrl));
        await _bot.PostAsync(SecretariatActivities.SecretaryMessage("help", _bot.ServiceUrl));

        await _bot.PostAsync(SecretariatActivities.Uninstalled(_bot.ServiceUrl));
        await _bot.PostAsync(SecretariatActivities.RemovedFromTeam(_bot.ServiceUrl));

        var left = Assert.Single(await _bot.ConversationsAsync());
        Assert.Equal(SecretariatActivities.SecretaryChat, left.ConversationId);
    }
}
