using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Tests.Secretariat;

public sealed class ThrottlingTests : IAsyncLifetime
{
    private SecretariatBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SecretariatBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_announcement_throttled_with_retry_after_still_arrives_once_in_every_conversation()
    {
        await _bot.PostAsync(TeamsActivities.BotInstalled(_bot.ServiceUrl));
        await _bot.PostAsync(SecretariatActivities.AddedToTeam(_bot.ServiceUrl));
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);
        var form = await _bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("announce", _bot.ServiceUrl));
        var preview = await _bot.PressAsync(secretary, form, ButtonData.VerbOf<PreviewAnnouncement>(),
            new JObject { ["title"] = "Busy day", ["text"] = "Teams is busy today." });
        _bot.Connector.Throttle(posts: 4, retryAfter: TimeSpan.FromSeconds(1));
        var started = DateTime.UtcNow;

        await _bot.PressAsync(secretary, preview, ButtonData.VerbOf<SendAnnouncement>());

        await _bot.WaitUntilAsync(requests => AnnouncementTests.Posts(requests).Count == 3);
        var deliveredAfter = DateTime.UtcNow - started;
        await _bot.WhenBroadcastIdleAsync();
        Assert.Equal(4, _bot.Connector.Throttled);
        var posts = AnnouncementTests.Posts(_bot.Connector.Requests);
        Assert.Equal(3, posts.Select(p => p.ConversationId).Distinct().Count());
        Assert.Equal(3, posts.Count);
        Assert.True(deliveredAfter >= TimeSpan.FromSeconds(1), $"Retry-After was not honoured: all delivered after {deliveredAfter}");
    }
}
