using Microsoft.Extensions.Time.Testing;
using WorkingParty.Bot.Features.Exports;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;

namespace WorkingParty.Bot.Tests.Exports;

/// <summary>Export grants on the file store: once, for the member they were issued to, one way, until they expire; presenting a bad one writes nothing.</summary>
public sealed class ExportGrantsTests : IDisposable
{
    private static readonly ExportRequest Compilation = new("comments", "meeting/item-9", "docx", "Word (.docx)");

    private readonly string _folder = Directory.CreateTempSubdirectory("export-grants-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2017, 3, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly ExportGrants _grants;

    public ExportGrantsTests() => _grants = new ExportGrants(new FileDocumentStore(_folder), _time);

    [Fact]
    public async Task A_grant_is_handed_over_once_even_when_presented_twice_at_once()
    {
        var (token, _) = await _grants.IssueAsync(Compilation, "member-1", ExportVia.Link, CancellationToken.None);

        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => _grants.RedeemAsync(token, ExportVia.Link, holder: null, CancellationToken.None)));

        Assert.Equal(Compilation.Subject, Assert.Single(both, r => r.Grant is not null).Grant!.Subject);
        Assert.Empty(await new FileDocumentStore(_folder).ListKeysAsync("export-grants/").ToListAsync());
    }

    [Fact]
    public async Task An_expired_someone_elses_or_differently_offered_grant_is_not_handed_over_and_nothing_is_written()
    {
        var (offer, _) = await _grants.IssueAsync(Compilation, "member-1", ExportVia.FileConsent, CancellationToken.None);
        var (link, expiresAt) = await _grants.IssueAsync(Compilation, "member-1", ExportVia.Link, CancellationToken.None);
        var stored = StoreSnapshot.Of(_folder);

        Assert.Null((await _grants.RedeemAsync(offer, ExportVia.FileConsent, "member-2", CancellationToken.None)).Grant);
        Assert.Null((await _grants.RedeemAsync(offer, ExportVia.Link, holder: null, CancellationToken.None)).Grant);
        Assert.Null((await _grants.RedeemAsync("../comments/x", ExportVia.Link, holder: null, CancellationToken.None)).Grant);
        _time.SetUtcNow(expiresAt);
        Assert.Equal(new ExportRedemption(null, Expired: true), await _grants.RedeemAsync(link, ExportVia.Link, holder: null, CancellationToken.None));
        Assert.Equal(stored, StoreSnapshot.Of(_folder));
    }

    [Fact]
    public async Task Expired_grants_are_swept_when_new_ones_are_issued()
    {
        await _grants.IssueAsync(Compilation, "member-1", ExportVia.Link, CancellationToken.None);
        _time.Advance(ExportGrants.LinkLifetime);

        var (fresh, _) = await _grants.IssueAsync(Compilation, "member-1", ExportVia.Link, CancellationToken.None);

        Assert.Equal([$"export-grants/{fresh}"], await new FileDocumentStore(_folder).ListKeysAsync("export-grants/").ToListAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
