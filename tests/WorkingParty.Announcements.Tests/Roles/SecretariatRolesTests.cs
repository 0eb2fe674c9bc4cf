using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Moq;
using WorkingParty.Announcements.Roles;

namespace WorkingParty.Announcements.Tests.Roles;

public sealed class SecretariatRolesTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeLogger<SecretariatRoles> _log = new();

    private const string Team = "team-19";

    /// <summary>Teams' roster API, as <see cref="SecretariatRoles"/> reads it: which team it is asked for, and how often.</summary>
    private readonly Mock<ITeamRoster> _roster = new();

    private SecretariatRoles Roles(ITeamRoster? roster = null, string? team = null) => new(
        new SecretariatOptions { Members = ["AAAA-1111", "Head.Of.Unit@Consilium.Europa.eu"], TeamId = team, RosterCacheDuration = TimeSpan.FromMinutes(10) },
        roster, _time, _log);

    [Theory]
    [InlineData("aaaa-1111", null)]
    [InlineData(null, "head.of.unit@consilium.europa.eu")]
    public async Task Configured_members_match_by_object_id_or_upn_ignoring_case(string? objectId, string? upn)
    {
        Assert.True((await Roles().AuthorizeAsync(new TeamsUser(objectId, upn), SecretariatAction.Announce)).Allowed);
    }

    [Fact]
    public async Task A_member_configured_by_principal_name_is_recognised_by_the_name_Teams_gives_for_them()
    {
        var asked = 0;
        var head = new TeamsUser("dddd-4444", null) { LookUpPrincipalName = _ => { asked++; return Task.FromResult<string?>("head.of.unit@consilium.europa.eu"); } };
        var byId = new TeamsUser("AAAA-1111", null) { LookUpPrincipalName = _ => { asked++; return Task.FromResult<string?>(null); } };

        Assert.True(await Roles().IsMemberAsync(head));
        Assert.True(await Roles().IsMemberAsync(byId));
        Assert.Equal(1, asked);
    }

    [Fact]
    public async Task Teams_is_not_asked_when_no_member_is_configured_by_principal_name()
    {
        var roles = new SecretariatRoles(new SecretariatOptions { Members = ["AAAA-1111"] }, null, _time, _log);
        var user = new TeamsUser("dddd-4444", null) { LookUpPrincipalName = _ => throw new InvalidOperationException("not to be asked") };

        Assert.False(await roles.IsMemberAsync(user));
    }

    [Fact]
    public async Task A_principal_name_that_cannot_be_looked_up_refuses_as_unverified()
    {
        var user = new TeamsUser("dddd-4444", null) { LookUpPrincipalName = _ => throw new HttpRequestException("The member API answered 500.") };

        var decision = await Roles().AuthorizeAsync(user, SecretariatAction.Export);

        Assert.False(decision.Allowed);
        Assert.StartsWith("Sorry, I could not check the secretariat's members just now", decision.Refusal);
    }

    [Fact]
    public async Task Anyone_else_is_refused_politely_and_the_attempt_is_logged()
    {
        var decision = await Roles().AuthorizeAsync(new TeamsUser("bbbb-2222", "delegate@example.eu", "A Delegate"), SecretariatAction.UploadMinutes);

        Assert.False(decision.Allowed);
        Assert.StartsWith("Sorry, only the working party's secretariat can upload minutes.", decision.Refusal);
        var entry = Assert.Single(_log.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("A Delegate", entry.Message);
        Assert.Contains("UploadMinutes", entry.Message);
    }

    [Fact]
    public async Task Members_of_the_configured_team_belong_and_the_roster_is_cached_until_it_expires()
    {
        _roster.SetupSequence(r => r.GetMembersAsync(Team, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new TeamsUser("cccc-3333", "assistant@consilium.europa.eu")])
            .ReturnsAsync([]);
        var roles = Roles(_roster.Object, Team);
        var assistant = new TeamsUser("CCCC-3333", null);

        Assert.True(await roles.IsMemberAsync(assistant));
        Assert.True(await roles.IsMemberAsync(assistant));
        _roster.Verify(r => r.GetMembersAsync(Team, It.IsAny<CancellationToken>()), Times.Once);

        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.True(await roles.IsMemberAsync(assistant));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await roles.IsMemberAsync(assistant));
        _roster.Verify(r => r.GetMembersAsync(Team, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task A_roster_that_cannot_be_read_refuses_saying_membership_could_not_be_checked_and_is_asked_again_next_time()
    {
        _roster.Setup(r => r.GetMembersAsync(Team, It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("The roster API answered 500."));
        var roles = Roles(_roster.Object, Team);

        var decision = await roles.AuthorizeAsync(new TeamsUser("cccc-3333", null), SecretariatAction.Announce);
        await roles.AuthorizeAsync(new TeamsUser("cccc-3333", null), SecretariatAction.Announce);

        Assert.False(decision.Allowed);
        Assert.StartsWith("Sorry, I could not check the secretariat's members just now, so I cannot let you send announcements yet.", decision.Refusal);
        _roster.Verify(r => r.GetMembersAsync(Team, It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.True((await roles.AuthorizeAsync(new TeamsUser("aaaa-1111", null), SecretariatAction.Announce)).Allowed);
    }

    [Fact]
    public async Task Without_a_team_id_the_roster_is_never_asked()
    {
        Assert.False(await Roles(_roster.Object).IsMemberAsync(new TeamsUser("cccc-3333", null)));
        _roster.VerifyNoOtherCalls();
    }
}
