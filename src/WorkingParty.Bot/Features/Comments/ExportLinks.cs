using System.Security.Cryptography;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// Short-lived download links for a compilation: an unguessable token kept in the store (so any instance of the bot
/// can serve it) that names the deadline. An expired token is removed when it is next presented.
/// </summary>
public sealed class ExportLinks(IDocumentStore store, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly DocumentCollection<ExportLink> links = new(store, "export-links");

    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(string deadlineId, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
            var expiresAt = time.GetUtcNow() + Lifetime;
            if (await links.TryCreateAsync(token, new ExportLink(deadlineId, expiresAt), cancellationToken) is not null)
                return (token, expiresAt);
        }
    }

    /// <summary>The deadline the token was issued for, or null when it is unknown, malformed or expired.</summary>
    public async Task<string?> RedeemAsync(string token, CancellationToken cancellationToken = default)
    {
        if (token.Length != 32 || !token.All(char.IsAsciiHexDigitLower))
            return null;
        if (await links.GetAsync(token, cancellationToken) is not { } link)
            return null;
        if (link.Value.ExpiresAt > time.GetUtcNow())
            return link.Value.DeadlineId;
        await links.DeleteAsync(token, cancellationToken);
        return null;
    }

    private sealed record ExportLink(string DeadlineId, DateTimeOffset ExpiresAt);
}
