using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards.Actions;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>
/// Issue 14, items 2 and 11: the acknowledgement list leaves the bot only to the secretariat member who asks, in their
/// personal chat, however often the status card is drawn, and wherever the card is (a channel, for one).
/// </summary>
public sealed class AcknowledgementExportTests : IAsyncLifetime
{
    private SecretariatBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SecretariatBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_status_card_of_an_announcement_sent_from_a_channel_carries_no_download_link()
    {
        var status = await SentFromChannelAsync();

        Assert.DoesNotContain(status.Descendants().OfType<JObject>(), o => o["type"]?.ToString() == "Action.OpenUrl");
    }

    [Fact]
    public async Task Export_acknowledgements_pressed_in_a_channel_offers_the_csv_in_the_authors_personal_chat_only()
    {
        var status = await SentFromChannelAsync();
        var before = _bot.Connector.Requests.Count;

        var notice = await _bot.PressAsync(InChannel(""), status, ButtonData.VerbOf<ExportAcknowledgements>());

        Assert.Contains("I sent it to our personal chat", Secretariat.Cards.Words(notice));
        var sent = _bot.Connector.Requests.Skip(before).ToList();
        var offer = Assert.Single(FileConsentCards.In(sent.Select(r => r.Activity)));
        Assert.StartsWith("acknowledgements-", (string?)offer["name"]);
        Assert.Equal("a:personal-29:secretary", Assert.Single(sent, r => r.Activity["attachments"]?.Any(a => (string?)a["contentType"] == FileConsentCards.ContentType) == true).ConversationId);
        Assert.DoesNotContain(sent, r => r.ConversationId.StartsWith("19:", StringComparison.Ordinal) && FileConsentCards.In([r.Activity]).Count > 0);
    }

    [Fact]
    public async Task Viewing_the_status_card_again_and_again_writes_no_export_record()
    {
        var status = await SentFromChannelAsync();

        for (var view = 0; view < 3; view++)
            status = await _bot.PressAsync(InChannel(""), status, ButtonData.VerbOf<RefreshAnnouncementStatus>());

        Assert.Empty(await _bot.Service<IDocumentStore>().ListKeysAsync("export-").ToListAsync());
    }

    /// <summary>The secretary announces from the team's General channel; returns the status card that replaced the preview.</summary>
    private async Task<JObject> SentFromChannelAsync()
    {
        await _bot.PostAsync(TeamsActivities.BotInstalled(_bot.ServiceUrl));
        var form = await _bot.ReplyCardAsync(InChannel("announce"));
        var preview = await _bot.PressAsync(InChannel(""), form, ButtonData.VerbOf<PreviewAnnouncement>(),
            new JObject { ["title"] = "Agenda out", ["text"] = "The agenda is out.", ["audience"] = "PersonalChatsOnly" });
        return await _bot.PressAsync(InChannel(""), preview, ButtonData.VerbOf<SendAnnouncement>());
    }

    private JObject InChannel(string text)
    {
        var channel = TeamsActivities.ChannelMention(text, _bot.ServiceUrl);
        channel["from"] = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl)["from"];
        return channel;
    }
}
