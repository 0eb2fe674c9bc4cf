using System.Buffers.Text;
using System.Security.Cryptography;
using WorkingParty.Bot.Hosting;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// Short-lived, unguessable links to an announcement's acknowledgement list (CSV), under <c>export-links/{token}</c>,
/// so any instance can serve them. The token is the only secret: 192 random bits, valid for <see cref="Lifetime"/>.
/// </summary>
public sealed class AcknowledgementExportLinks(IDocumentStore store, IConfiguration configuration, TimeProvider time)
{
    public const string Path = "/exports/acknowledgements/";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly DocumentCollection<ExportLink> _links = new(store, "export-links");
    private readonly Uri _publicUrl = BotServices.PublicUrl(configuration);

    public async Task<Uri> CreateAsync(string announcementId, CancellationToken cancellationToken)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        await _links.TryCreateAsync(token, new ExportLink(announcementId, time.GetUtcNow() + Lifetime), cancellationToken);
        return new Uri(_publicUrl, Path + token);
    }

    /// <summary>The announcement a token was issued for; null when the token is unknown or expired.</summary>
    public async Task<string?> AnnouncementOfAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length != 32 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var link = (await _links.GetAsync(token, cancellationToken))?.Value;
        if (link is null)
        {
            return null;
        }

        if (link.ExpiresAt <= time.GetUtcNow())
        {
            await _links.DeleteAsync(token, cancellationToken);
            return null;
        }

        return link.AnnouncementId;
    }

    private sealed record ExportLink(string AnnouncementId, DateTimeOffset ExpiresAt);
}
