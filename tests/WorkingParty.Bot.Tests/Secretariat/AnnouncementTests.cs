using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards.Actions;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Roster;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Secretariat;

public sealed class AnnouncementTests : IAsyncLifetime
{
    private SecretariatBot _bot = null!;
    private FakeOneDrive _drive = null!;

    public async Task InitializeAsync()
    {
        _drive = await FakeOneDrive.StartAsync();
        _bot = await SecretariatBot.StartAsync(new Dictionary<string, string?> { ["Exports:AllowedUploadOrigins:0"] = _drive.Origin });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _drive.DisposeAsync();
    }

    [Fact]
    public async Task A_delegate_saying_announce_is_refused_politely_and_gets_no_form()
    {
        var card = await _bot.ReplyCardAsync(SecretariatActivities.DelegateMessage("announce", _bot.ServiceUrl));

        Assert.Contains("only the working party's secretariat can send announcements", Cards.Words(card));
        Assert.False(Cards.HasButton(card, ButtonData.VerbOf<PreviewAnnouncement>()));
    }

    [Fact]
    public async Task A_form_with_problems_comes_back_with_them_and_nothing_is_previewed()
    {
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);
        var form = await _bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("announce", _bot.ServiceUrl));

        var again = await _bot.PressAsync(secretary, form, ButtonData.VerbOf<PreviewAnnouncement>(),
            new JObject { ["title"] = "  ", ["text"] = "Body", ["nextMeetingDate"] = "2017-03-01" });

        Assert.Contains("Please give the announcement a title.", Cards.Words(again));
        Assert.Contains("which has passed", Cards.Words(again));
        Assert.True(Cards.HasButton(again, ButtonData.VerbOf<PreviewAnnouncement>()));
    }

    [Fact]
    public async Task An_announcement_reaches_every_conversation_once_and_the_author_follows_it_on_the_status_card()
    {
        await _bot.Service<DelegationRoster>().ClaimAsync(new CommentAuthor(SecretariatActivities.DelegateId, "Jana Novak"), "CZ", lookUpPrincipalName: null);
        await _bot.PostAsync(TeamsActivities.BotInstalled(_bot.ServiceUrl));
        await _bot.PostAsync(SecretariatActivities.AddedToTeam(_bot.ServiceUrl));
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);

        var form = await _bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("announce", _bot.ServiceUrl));
        var preview = await _bot.PressAsync(secretary, form, ButtonData.VerbOf<PreviewAnnouncement>(),
            new JObject { ["title"] = "Room change", ["text"] = "We meet in room JL 20.1.", ["importance"] = "Important", ["audience"] = "Everyone" });
        Assert.Contains("3 conversations", Cards.Words(preview));
        var status = await _bot.PressAsync(secretary, preview, ButtonData.VerbOf<SendAnnouncement>(), cardId: "preview-card");
        await _bot.PressAsync(secretary, preview, ButtonData.VerbOf<SendAnnouncement>(), cardId: "preview-card");

        Assert.Contains("Sending: Room change", Cards.Words(status));
        await _bot.WaitUntilAsync(requests => Posts(requests).Count == 3 && StatusUpdates(requests).Any(u => Cards.Words(u).Contains("Pending\n0")));
        await _bot.WhenBroadcastIdleAsync();
        var posts = Posts(_bot.Connector.Requests);
        string[] everyone = [SecretariatActivities.SecretaryChat, SecretariatActivities.DelegateChat, SecretariatActivities.TeamId];
        Assert.Equal(everyone.Order(StringComparer.Ordinal), posts.Select(p => p.ConversationId).Order(StringComparer.Ordinal));
        Assert.All(posts, p => Assert.Contains("Important: Room change", Cards.TextOf(p.Activity)));
        var final = StatusUpdates(_bot.Connector.Requests).Last();
        Assert.Contains("Sent\n3", Cards.Words(final));
        Assert.Contains("CZ: Jana Novak", Cards.Words(final));
    }

    [Fact]
    public async Task An_acknowledgement_is_recorded_once_and_shows_on_the_status_card_and_in_the_export()
    {
        await _bot.PostAsync(TeamsActivities.BotInstalled(_bot.ServiceUrl));
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);
        var form = await _bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("announce", _bot.ServiceUrl));
        var preview = await _bot.PressAsync(secretary, form, ButtonData.VerbOf<PreviewAnnouncement>(),
            new JObject { ["title"] = "Agenda out", ["text"] = "The agenda is out.", ["audience"] = "PersonalChatsOnly" });
        var sending = await _bot.PressAsync(secretary, preview, ButtonData.VerbOf<SendAnnouncement>());
        await _bot.WaitUntilAsync(requests => Posts(requests).Any(p => p.ConversationId == SecretariatActivities.DelegateChat));
        var delivered = Cards.Of(Posts(_bot.Connector.Requests).Single(p => p.ConversationId == SecretariatActivities.DelegateChat).Activity);
        var delegateChat = SecretariatActivities.DelegateMessage("", _bot.ServiceUrl);

        var acknowledged = await _bot.PressAsync(delegateChat, delivered, ButtonData.VerbOf<AcknowledgeAnnouncement>());
        await _bot.PressAsync(delegateChat, delivered, ButtonData.VerbOf<AcknowledgeAnnouncement>());
        await _bot.PostAsync(SecretariatActivities.DelegateMessage("acknowledge", _bot.ServiceUrl));

        Assert.Contains("Acknowledged on", Cards.Words(acknowledged));
        Assert.False(Cards.HasButton(acknowledged, ButtonData.VerbOf<AcknowledgeAnnouncement>()));
        var status = await _bot.PressAsync(secretary, sending, ButtonData.VerbOf<RefreshAnnouncementStatus>());
        Assert.Contains("1 of 1", Cards.Words(status));
        await _bot.PressAsync(secretary, status, ButtonData.VerbOf<ExportAcknowledgements>());
        var offer = FileConsentCards.In(_bot.Connector.Requests.Select(r => r.Activity))[^1];
        await _bot.PostAsync(FileConsentCards.Answer(secretary, offer, accept: true, "consent-card", _drive.UploadUrl((string)offer["name"]!)));
        var csv = System.Text.Encoding.UTF8.GetString(Assert.Single(_drive.Uploads).Content);
        var rows = csv.Trim('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.Contains($"\"Jana Novak\",\"{SecretariatActivities.DelegateId}\",\"yes\"", rows[1]);
    }

    /// <summary>New posts to a conversation: announcements (replies and card updates carry an activity id).</summary>
    internal static List<ConnectorRequest> Posts(IReadOnlyCollection<ConnectorRequest> requests) =>
        requests.Where(r => r.Method == "POST" && r.ActivityId is null).ToList();

    private static List<JObject> StatusUpdates(IReadOnlyCollection<ConnectorRequest> requests) =>
        requests.Where(r => r.Method == "PUT" && r.ActivityId == "preview-card").Select(r => Cards.Of(r.Activity)).ToList();
}
