using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Cards.Actions;
using CardText = WorkingParty.Bot.Tests.Secretariat.Cards;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>
/// Issue 14, item 7: activities carry no user principal name, so a secretariat member configured by UPN is recognised by
/// asking Teams' member API who the sender is (once per cache period), and nobody else is let in by it.
/// </summary>
public sealed class SecretariatByPrincipalNameTests : IAsyncLifetime
{
    private const string SecretaryUpn = "maria.rossi@council.example";
    private SecretariatBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await SecretariatBot.StartAsync(new Dictionary<string, string?> { ["Secretariat:Members:0"] = SecretaryUpn.ToUpperInvariant() });
        _bot.Connector.SetMember("29:secretary", SecretariatActivities.SecretaryId, SecretaryUpn, "Maria Rossi");
        _bot.Connector.SetMember("29:delegate-cz", SecretariatActivities.DelegateId, "jana.novak@mzv.example", "Jana Novak");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_member_configured_by_principal_name_gets_the_announce_form_and_is_looked_up_once()
    {
        var first = await _bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("announce", _bot.ServiceUrl));
        var second = await _bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("announce", _bot.ServiceUrl));

        Assert.True(CardText.HasButton(first, ButtonData.VerbOf<PreviewAnnouncement>()), CardText.Words(first));
        Assert.True(CardText.HasButton(second, ButtonData.VerbOf<PreviewAnnouncement>()));
        Assert.Equal(1, _bot.Connector.MemberReads);
    }

    [Fact]
    public async Task Someone_whose_principal_name_is_not_configured_is_refused()
    {
        var card = await _bot.ReplyCardAsync(SecretariatActivities.DelegateMessage("announce", _bot.ServiceUrl));

        Assert.Contains("only the working party's secretariat can send announcements", CardText.Words(card));
        Assert.False(CardText.HasButton(card, ButtonData.VerbOf<PreviewAnnouncement>()));
    }

    [Fact]
    public async Task A_question_needs_no_look_up()
    {
        await _bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("when is the next meeting?", _bot.ServiceUrl));

        Assert.Equal(0, _bot.Connector.MemberReads);
    }
}
