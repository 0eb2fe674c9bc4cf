using Microsoft.Extensions.Time.Testing;
using WorkingParty.Bot.Features.Comments;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Tests.Comments;

public sealed class ExportLinksTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("export-links-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2017, 3, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_link_leads_to_its_deadline_until_it_expires_and_then_never_again()
    {
        var store = new FileDocumentStore(_folder);
        var links = new ExportLinks(store, _time);
        var (token, expiresAt) = await links.IssueAsync("meeting/item-9");

        _time.Advance(ExportLinks.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal("meeting/item-9", await links.RedeemAsync(token));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(_time.GetUtcNow(), expiresAt);
        Assert.Null(await links.RedeemAsync(token));
        Assert.Null(await store.GetAsync($"export-links/{token}"));
    }

    [Fact]
    public async Task Each_link_is_different_and_a_malformed_token_finds_nothing()
    {
        var links = new ExportLinks(new FileDocumentStore(_folder), _time);

        var first = await links.IssueAsync("meeting/item-9");
        var second = await links.IssueAsync("meeting/item-9");

        Assert.NotEqual(first.Token, second.Token);
        Assert.Null(await links.RedeemAsync("../preferences/x"));
        Assert.Null(await links.RedeemAsync(first.Token.ToUpperInvariant()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
