using System.Security.Cryptography;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Bot.Features.Exports;

/// <summary>
/// Single-use grants to export files, under <c>export-grants/{token}</c> (a 128-bit random token), so that any instance can
/// hand them over. A grant is spent by the first redemption (its record deleted: of two at once, one wins); presenting an
/// unknown, spent, someone else's or expired token writes nothing. Expired grants are swept when new ones are issued.
/// </summary>
public sealed class ExportGrants(IDocumentStore store, TimeProvider time)
{
    /// <summary>How long a download link works: long enough to click it.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(10);

    /// <summary>How long a file consent card can be answered.</summary>
    public static readonly TimeSpan OfferLifetime = TimeSpan.FromMinutes(30);

    private readonly DocumentCollection<ExportGrant> _grants = new(store, "export-grants");

    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(ExportRequest file, string issuedTo, ExportVia via, CancellationToken cancellationToken)
    {
        await SweepAsync(cancellationToken);
        var expiresAt = time.GetUtcNow() + (via == ExportVia.Link ? LinkLifetime : OfferLifetime);
        while (true)
        {
            var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
            var grant = new ExportGrant(file.Kind, file.Subject, file.Format, issuedTo, via, expiresAt);
            if (await _grants.TryCreateAsync(token, grant, cancellationToken) is not null)
                return (token, expiresAt);
        }
    }

    /// <param name="holder">Who presents it, when known (a file consent answer): anyone else's grant is not found.</param>
    public async Task<ExportRedemption> RedeemAsync(string token, ExportVia via, string? holder, CancellationToken cancellationToken)
    {
        if (token.Length != 32 || !token.All(char.IsAsciiHexDigitLower) || await _grants.GetAsync(token, cancellationToken) is not { } found)
            return ExportRedemption.None;
        var grant = found.Value;
        if (grant.Via != via || (holder is not null && !string.Equals(grant.IssuedTo, holder, StringComparison.OrdinalIgnoreCase)))
            return ExportRedemption.None;
        if (grant.ExpiresAt <= time.GetUtcNow())
            return new ExportRedemption(null, Expired: true);
        return await _grants.DeleteAsync(token, cancellationToken) ? new ExportRedemption(grant, Expired: false) : ExportRedemption.None;
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = await _grants.ListAsync(cancellationToken: cancellationToken).Where(grant => grant.Value.ExpiresAt <= now).Select(grant => grant.Id).ToListAsync(cancellationToken);
        foreach (var token in expired)
            await _grants.DeleteAsync(token, cancellationToken);
    }
}
