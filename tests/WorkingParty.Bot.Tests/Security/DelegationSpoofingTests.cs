using WorkingParty.Bot.Tests.Comments.Support;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>
/// Issue 14, item 1: a comment is filed under the delegation its author belongs to. The secretariat's roster (seeded by
/// <c>Comments:Delegates</c>) decides; a user it does not name declares a delegation once, with their first comment, and
/// is marked unconfirmed in compilations until the secretariat confirms it.
/// </summary>
public sealed class DelegationSpoofingTests : IAsyncLifetime
{
    private CommentsBot _bot = null!;

    public async Task InitializeAsync() => _bot = await CommentsBot.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Comments:Delegates:FR:0"] = TeamsUser.FrenchDelegate.AadObjectId,
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_delegate_the_roster_places_in_FR_filing_under_DE_is_refused_and_keeps_the_text()
    {
        var refused = await _bot.SendCommentAsync(Item9, "Germany supports the text.", TeamsUser.FrenchDelegate, "DE");

        Assert.Contains("FR delegation", CardJsonQuery.Text(refused));
        Assert.Equal("Germany supports the text.", CardJsonQuery.InputValue(refused, "comment"));
        Assert.Empty(await _bot.StoredAsync(Item9));
    }

    [Fact]
    public async Task A_delegate_who_declared_CZ_filing_later_under_DE_is_refused_and_keeps_the_text()
    {
        await _bot.SendCommentAsync(Item9, "The Czech position.", TeamsUser.CzechDelegate, "CZ");

        var refused = await _bot.SendCommentAsync(Item7, "Germany has doubts.", TeamsUser.CzechDelegate, "DE");

        Assert.Contains("CZ delegation", CardJsonQuery.Text(refused));
        Assert.Equal("Germany has doubts.", CardJsonQuery.InputValue(refused, "comment"));
        Assert.Empty(await _bot.StoredAsync(Item7));
        Assert.Equal(["CZ"], (await _bot.StoredAsync(Item9)).Select(c => c.Delegation));
    }

    [Fact]
    public async Task A_self_declared_delegation_is_marked_unconfirmed_in_the_compilation()
    {
        await _bot.SendCommentAsync(Item9, "Declared by myself.", TeamsUser.CzechDelegate, "CZ");
        await _bot.SendCommentAsync(Item9, "Placed by the roster.", TeamsUser.FrenchDelegate, "FR");

        var csv = await _bot.CompilationCsvAsync(Item9);

        Assert.Contains("\"CZ\",\"Jana Novak\"", csv);
        Assert.Matches("\"CZ\",\"Jana Novak\".*\"not confirmed\"", csv);
        Assert.DoesNotMatch("\"FR\",\"Pierre Martin\".*\"not confirmed\"", csv);
    }
}
