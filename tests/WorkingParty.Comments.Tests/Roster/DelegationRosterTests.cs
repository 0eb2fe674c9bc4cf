using WorkingParty.Comments;
using WorkingParty.Comments.Roster;
using WorkingParty.Comments.Rules;
using WorkingParty.Comments.Service;
using WorkingParty.Comments.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Comments.Tests.Roster;

/// <summary>Issue 14, item 1: who decides a user's delegation, on the file store and on Azurite.</summary>
public sealed class DelegationRosterTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly BothStores _stores = new(azurite);

    public void Dispose() => _stores.Dispose();

    [Theory]
    [MemberData(nameof(BothStores.Kinds), MemberType = typeof(BothStores))]
    public async Task Two_first_comments_sent_at_once_under_different_delegations_declare_one(string kind)
    {
        var scenario = new CommentScenario(_stores.Open(kind));
        var instances = new[] { scenario.Service, scenario.NewService() };

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            instances[i % 2].SubmitAsync(new CommentSubmission($"first-{i}", CommentScenario.Item9.Id, i % 2 == 0 ? "CZ" : "DE", CommentScenario.Jana, $"First {i}."))));

        var declared = (await scenario.Service.Roster.StandingOfAsync(CommentScenario.Jana.UserId))!;
        Assert.Equal(StandingSource.SelfDeclared, declared.Source);
        var stored = await scenario.Service.ListForDeadlineAsync(CommentScenario.Item9.Id);
        Assert.All(stored, c => Assert.Equal(declared.Delegation, c.Value.Delegation));
        Assert.Equal(3, stored.Count);
        Assert.All(results.OfType<CommentResult.Rejected>(), r => Assert.Contains($"the {declared.Delegation} delegation", r.Reason));
    }

    [Theory]
    [MemberData(nameof(BothStores.Kinds), MemberType = typeof(BothStores))]
    public async Task A_user_the_seed_lists_by_principal_name_is_placed_and_known_to_compilations_without_asking_again(string kind)
    {
        var scenario = new CommentScenario(_stores.Open(kind)) { Options = new CommentsOptions { Delegates = new() { ["nl"] = ["Piet.de.Vries@minbuza.nl"] } } };
        var lookups = 0;
        Task<string?> LookUp(CancellationToken _)
        {
            lookups++;
            return Task.FromResult<string?>("piet.de.vries@minbuza.nl");
        }

        var wrong = await scenario.Service.SubmitAsync(new CommentSubmission("s-1", CommentScenario.Item9.Id, "BE", CommentScenario.Piet, "Belgian?") { LookUpPrincipalName = LookUp });
        var right = await scenario.Service.SubmitAsync(new CommentSubmission("s-2", CommentScenario.Item9.Id, "NL", CommentScenario.Piet, "Dutch.") { LookUpPrincipalName = LookUp });

        Assert.Contains("the NL delegation, as the secretariat's roster says", Assert.IsType<CommentResult.Rejected>(wrong).Reason);
        Assert.IsType<CommentResult.Accepted>(right);
        Assert.Equal(2, lookups);
        var compilation = (await scenario.NewService().CompileAsync(CommentScenario.Item9.Id))!;
        Assert.True(compilation.IsConfirmed(Assert.Single(compilation.Comments)));
    }

    [Theory]
    [MemberData(nameof(BothStores.Kinds), MemberType = typeof(BothStores))]
    public async Task The_secretariats_word_outranks_the_seed_and_the_users_own(string kind)
    {
        var scenario = new CommentScenario(_stores.Open(kind)) { Options = new CommentsOptions { Delegates = new() { ["NL"] = [CommentScenario.Piet.UserId] } } };
        await scenario.SubmitAcceptedAsync("Dutch.", "s-1", CommentScenario.Piet, "NL");
        await scenario.SubmitAcceptedAsync("Declared.", "s-2", CommentScenario.Jana, "SK");

        await scenario.Service.Roster.AssignAsync(CommentScenario.Piet.UserId, "BE", "Maria Rossi");
        await scenario.Service.Roster.AssignAsync(CommentScenario.Jana.UserId, "CZ", "Maria Rossi");

        var roster = await scenario.NewService().Roster.ListAsync().ToDictionaryAsync(e => e.UserId, e => (e.Delegation, e.Source, e.ConfirmedBy));
        Assert.Equal(("BE", StandingSource.Secretariat, "Maria Rossi"), roster[CommentScenario.Piet.UserId]);
        Assert.Equal(("CZ", StandingSource.Secretariat, "Maria Rossi"), roster[CommentScenario.Jana.UserId]);
        var compilation = (await scenario.Service.CompileAsync(CommentScenario.Item9.Id))!;
        Assert.All(compilation.Comments, c => Assert.False(compilation.IsConfirmed(c), $"{c.Delegation} was filed before the change"));
        Assert.IsType<CommentResult.Accepted>(await scenario.SubmitAsync("Belgian now.", "s-3", CommentScenario.Piet, "BE"));
    }

    [Fact]
    public void A_seed_naming_no_delegation_or_one_user_twice_stops_the_start()
    {
        Assert.Contains("'XX'", Assert.Throws<InvalidOperationException>(() => new DelegatesSeed(new Dictionary<string, List<string>> { ["XX"] = ["a"] })).Message);
        Assert.Contains("under both FR and DE", Assert.Throws<InvalidOperationException>(() =>
            new DelegatesSeed(new Dictionary<string, List<string>> { ["FR"] = ["a@x.eu"], ["DE"] = ["A@X.eu"] })).Message);
    }
}
