using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Tests.Secretariat;

/// <summary>
/// The secretariat as the members of a Teams team (<c>Secretariat:TeamId</c>): the real host reads the team's roster
/// from the loopback connector, in the team's General channel, and trusts it for <c>Secretariat:RosterCacheDuration</c>.
/// </summary>
public sealed class TeamRosterTests : IAsyncLifetime
{
    private const string StrangerId = "7a2d0000-0000-0000-0000-00000000d3";
    private static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2017, 3, 25, 9, 0, 0, TimeSpan.Zero));
    private SecretariatBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await SecretariatBot.StartAsync(new Dictionary<string, string?>
        {
            ["Secretariat:TeamId"] = SecretariatActivities.TeamId,
            ["Secretariat:RosterCacheDuration"] = CacheDuration.ToString(),
        }, time: _time);
        _bot.Connector.SetTeamMembers(SecretariatActivities.TeamId, (SecretariatActivities.DelegateId, "Jana Novak"));
        await _bot.PostAsync(SecretariatActivities.AddedToTeam(_bot.ServiceUrl));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_member_of_the_team_who_is_not_a_configured_member_gets_the_announce_form()
    {
        var card = await _bot.ReplyCardAsync(TeamMember("announce"));

        Assert.True(Cards.HasButton(card, ButtonData.VerbOf<PreviewAnnouncement>()));
        Assert.Equal(1, _bot.Connector.RosterReads);
    }

    [Fact]
    public async Task Someone_outside_the_team_is_refused_and_gets_no_form()
    {
        var card = await _bot.ReplyCardAsync(Stranger("announce"));

        Assert.Contains("only the working party's secretariat can send announcements", Cards.Words(card));
        Assert.False(Cards.HasButton(card, ButtonData.VerbOf<PreviewAnnouncement>()));
        Assert.Equal(1, _bot.Connector.RosterReads);
    }

    [Fact]
    public async Task The_roster_is_read_once_per_cache_duration()
    {
        await _bot.ReplyCardAsync(TeamMember("announce"));
        await _bot.ReplyCardAsync(Stranger("announce"));
        _time.Advance(CacheDuration - TimeSpan.FromSeconds(1));
        await _bot.ReplyCardAsync(TeamMember("announce"));
        Assert.Equal(1, _bot.Connector.RosterReads);

        _time.Advance(TimeSpan.FromSeconds(2));
        var card = await _bot.ReplyCardAsync(TeamMember("announce"));

        Assert.Equal(2, _bot.Connector.RosterReads);
        Assert.True(Cards.HasButton(card, ButtonData.VerbOf<PreviewAnnouncement>()));
    }

    [Fact]
    public async Task A_member_removed_from_the_team_loses_access_once_the_roster_is_read_again()
    {
        await _bot.ReplyCardAsync(TeamMember("announce"));
        _bot.Connector.SetTeamMembers(SecretariatActivities.TeamId);
        _time.Advance(CacheDuration + TimeSpan.FromSeconds(1));

        var card = await _bot.ReplyCardAsync(TeamMember("announce"));

        Assert.False(Cards.HasButton(card, ButtonData.VerbOf<PreviewAnnouncement>()));
        Assert.Equal(2, _bot.Connector.RosterReads);
    }

    [Fact]
    public async Task A_roster_that_cannot_be_read_refuses_with_a_clear_message_and_the_form_can_be_sent_again_once_it_can()
    {
        var inputs = new JObject { ["title"] = "Room change", ["text"] = "We meet in room JL 20.1.", ["audience"] = "Everyone" };
        var form = await _bot.ReplyCardAsync(TeamMember("announce"));
        _time.Advance(CacheDuration + TimeSpan.FromSeconds(1));
        _bot.Connector.FailRoster(true);

        var refused = await _bot.PressAsync(TeamMember(""), form, ButtonData.VerbOf<PreviewAnnouncement>(), inputs);
        var refusedAgain = await _bot.ReplyCardAsync(TeamMember("announce"));

        Assert.Contains("could not check", Cards.Words(refused));
        Assert.Contains("try again", Cards.Words(refused));
        Assert.False(Cards.HasButton(refusedAgain, ButtonData.VerbOf<PreviewAnnouncement>()));
        Assert.Equal(3, _bot.Connector.RosterReads);
        _bot.Connector.FailRoster(false);
        var preview = await _bot.PressAsync(TeamMember(""), form, ButtonData.VerbOf<PreviewAnnouncement>(), inputs);
        Assert.Contains("Room change", Cards.Words(preview));
        Assert.True(Cards.HasButton(preview, ButtonData.VerbOf<SendAnnouncement>()));
    }

    private JObject TeamMember(string text) => SecretariatActivities.DelegateMessage(text, _bot.ServiceUrl);

    private JObject Stranger(string text)
    {
        var activity = TeamsActivities.PersonalMessage(text, _bot.ServiceUrl);
        activity["from"] = new JObject { ["id"] = "29:stranger", ["name"] = "Lars Berg", ["aadObjectId"] = StrangerId };
        activity["conversation"]!["id"] = "a:personal-stranger";
        return activity;
    }
}
