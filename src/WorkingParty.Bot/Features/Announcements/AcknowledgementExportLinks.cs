using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using WorkingParty.Bot.Hosting;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// One short-lived, unguessable link per announcement to its acknowledgement list (CSV):
/// <c>/exports/acknowledgements/{announcement id}/{secret}</c>, kept under <c>export-links/acknowledgements/{announcement id}</c>
/// so that any instance can serve it. The status card is drawn again and again (each press, each progress update); it shows
/// the same link until less than half of <see cref="Lifetime"/> is left, and only then is the record replaced by a new one.
/// The secret (192 random bits) is the only key; serving a link never writes anything.
/// </summary>
public sealed class AcknowledgementExportLinks(IDocumentStore store, BotOptions bot, TimeProvider time)
{
    public const string Path = "/exports/acknowledgements/";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly DocumentCollection<ExportLink> _links = new(store, "export-links/acknowledgements");
    private readonly Uri _publicUrl = bot.PublicUrl;

    /// <summary>The announcement's link, made anew only when there is none or it is past half its lifetime.</summary>
    public async Task<Uri> CurrentAsync(string announcementId, CancellationToken cancellationToken)
    {
        var link = (await _links.GetAsync(announcementId, cancellationToken))?.Value;
        if (link is null || !IsFresh(link))
        {
            link = (await _links.SaveAsync(announcementId, current => current is not null && IsFresh(current)
                ? current
                : new ExportLink(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24)), time.GetUtcNow() + Lifetime), cancellationToken)).Value;
        }

        return new Uri(_publicUrl, $"{Path}{announcementId}/{link.Secret}");
    }

    /// <summary>Whether <paramref name="secret"/> is the live secret of the announcement's link.</summary>
    public async Task<bool> IsValidAsync(string announcementId, string secret, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(announcementId) || secret.Length != 32)
        {
            return false;
        }

        var link = (await _links.GetAsync(announcementId, cancellationToken))?.Value;
        return link is not null && link.ExpiresAt > time.GetUtcNow()
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(link.Secret), Encoding.ASCII.GetBytes(secret));
    }

    private bool IsFresh(ExportLink link) => link.ExpiresAt - time.GetUtcNow() >= Lifetime / 2;

    // Ids come from URLs anyone may type; anything an announcement could not be called is simply unknown.
    private static bool IsWellFormed(string announcementId) =>
        announcementId.Length is > 0 and <= 120 && announcementId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private sealed record ExportLink(string Secret, DateTimeOffset ExpiresAt);
}
