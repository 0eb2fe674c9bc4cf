using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Comments;
using WorkingParty.Comments.Export;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

/// <summary>The secretariat's delegation roster: "delegations", "Confirm" on a declaration, "Change delegation" and its form.</summary>
public sealed class DelegationRosterTests : CommentsBotTest
{
    [Fact]
    public async Task Confirming_a_declared_delegation_lifts_the_mark_in_the_compilation()
    {
        await Bot.SendCommentAsync(Item9, "Declared.", TeamsUser.CzechDelegate, "CZ");
        Assert.Contains(CsvCompilation.UnconfirmedMark, await Bot.CompilationCsvAsync(Item9));

        var roster = await Bot.SayAsync("delegations", TeamsUser.Secretariat);
        Assert.Contains("Jana Novak: CZ", CardJsonQuery.Text(roster));
        Assert.Contains("Declared by the user, not confirmed", CardJsonQuery.Text(roster));
        var confirmed = ReplacingCard(await Bot.ExecuteAsync(Assert.Single(CardJsonQuery.ActionData(roster, "roster.assign")), TeamsUser.Secretariat));

        Assert.Contains("Jana Novak writes for CZ, confirmed.", CardJsonQuery.Text(confirmed));
        Assert.Contains("Confirmed (by Maria Rossi)", CardJsonQuery.Text(confirmed));
        Assert.DoesNotContain(CsvCompilation.UnconfirmedMark, await Bot.CompilationCsvAsync(Item9));
    }

    [Fact]
    public async Task Changing_a_mistaken_declaration_lets_the_delegate_file_under_the_right_delegation_only()
    {
        await Bot.SendCommentAsync(Item9, "Meant for CZ.", TeamsUser.CzechDelegate, "DE");
        var roster = await Bot.SayAsync("delegations", TeamsUser.Secretariat);

        var form = await Bot.ExecuteForMessageAsync(Assert.Single(CardJsonQuery.ActionData(roster, "roster.change")), TeamsUser.Secretariat);
        Assert.Equal("DE", CardJsonQuery.InputValue(form, "delegation"));
        var assign = (Newtonsoft.Json.Linq.JObject)Assert.Single(CardJsonQuery.ActionData(form, "roster.assign")).DeepClone();
        assign["delegation"] = "CZ";
        var changed = ReplacingCard(await Bot.ExecuteAsync(assign, TeamsUser.Secretariat));

        Assert.Contains("Jana Novak writes for CZ, confirmed.", CardJsonQuery.Text(changed));
        Assert.Contains("Received", CardJsonQuery.Text(await Bot.SendCommentAsync(Item7, "Now under CZ.", TeamsUser.CzechDelegate, "CZ")));
        Assert.Contains("CZ delegation", CardJsonQuery.Text(await Bot.SendCommentAsync(Item7, "Under DE again.", TeamsUser.CzechDelegate, "DE")));
        Assert.Matches("\"DE\",\"Jana Novak\".*\"not confirmed\"", await Bot.CompilationCsvAsync(Item9));
    }

    [Fact]
    public async Task The_comment_form_preselects_the_users_delegation_from_the_roster()
    {
        await Bot.SendCommentAsync(Item9, "Declared.", TeamsUser.FrenchDelegate, "FR");

        var form = await Bot.OpenFormAsync(Item7, TeamsUser.FrenchDelegate);

        Assert.Equal("FR", CardJsonQuery.InputValue(form, "delegation"));
    }

    [Fact]
    public async Task A_forged_assignment_of_someone_not_on_the_roster_changes_nothing()
    {
        var notice = await Bot.ExecuteForMessageAsync(new() { ["verb"] = "roster.assign", ["userId"] = "someone-else", ["delegation"] = "FR" }, TeamsUser.Secretariat);

        Assert.Contains("not on the roster", CardJsonQuery.Text(notice));
        Assert.Null(await Bot.Comments.Roster.StandingOfAsync("someone-else"));
    }

}
