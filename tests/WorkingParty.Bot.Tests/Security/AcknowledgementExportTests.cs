using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards.Actions;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>Issue 14, item 11: the acknowledgement list is not cached on the way, and looking at the status card again does not mint new links.</summary>
public sealed class AcknowledgementExportTests : IAsyncLifetime
{
    private SecretariatBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SecretariatBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Viewing_the_status_card_again_reuses_one_link_and_the_export_is_not_stored_by_caches()
    {
        await _bot.PostAsync(TeamsActivities.BotInstalled(_bot.ServiceUrl));
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);
        var form = await _bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("announce", _bot.ServiceUrl));
        var preview = await _bot.PressAsync(secretary, form, ButtonData.VerbOf<PreviewAnnouncement>(),
            new JObject { ["title"] = "Agenda out", ["text"] = "The agenda is out.", ["audience"] = "PersonalChatsOnly" });
        var sending = await _bot.PressAsync(secretary, preview, ButtonData.VerbOf<SendAnnouncement>());

        var links = new List<string>();
        for (var view = 0; view < 3; view++)
        {
            var status = await _bot.PressAsync(secretary, sending, ButtonData.VerbOf<RefreshAnnouncementStatus>());
            links.Add(status.Descendants().OfType<JObject>().Single(o => o["type"]?.ToString() == "Action.OpenUrl")["url"]!.ToString());
        }

        Assert.Single(links.Distinct());
        Assert.Single(await _bot.Service<IDocumentStore>().ListKeysAsync("export-links/").ToListAsync());
        var export = await _bot.CreateClient().GetAsync(new Uri(links[0]).PathAndQuery);
        Assert.True(export.IsSuccessStatusCode);
        Assert.True(export.Headers.CacheControl?.NoStore, $"Cache-Control: {export.Headers.CacheControl}");
    }
}
