using System.ComponentModel.DataAnnotations;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>
/// The origins (scheme, host, port) a minutes file may be fetched from (and an accepted export file uploaded to). An entry names
/// one host ("https://files.example.org") or, after "*.", every subdomain of one ("https://*.sharepoint.com", not sharepoint.com itself).
/// </summary>
public sealed class DownloadOrigins
{
    private readonly IReadOnlyList<Origin> _origins;

    private DownloadOrigins(IReadOnlyList<Origin> origins) => _origins = origins;

    /// <summary>Throws on an entry that is not scheme://host[:port] with http or https, so a wrong setting stops the bot at start.</summary>
    public static DownloadOrigins Parse(IEnumerable<string> entries, string setting = "Minutes:AllowedDownloadOrigins") =>
        new([.. entries.Select(entry => Origin.Parse(entry, setting))]);

    /// <summary>Each entry that is not an origin, as a failure of the setting <paramref name="member"/>, for a settings check at start.</summary>
    public static IEnumerable<ValidationResult> Validate(IEnumerable<string> entries, string member) =>
        entries.Where(entry => Origin.TryParse(entry) is null).Select(entry => new ValidationResult(Origin.Expected(entry), [member]));

    /// <summary>Whether <paramref name="url"/> is at one of the origins.</summary>
    public bool Allows(Uri url) => _origins.Any(origin => origin.Matches(url));

    /// <summary>Why <paramref name="url"/> may not be fetched; null when it may.</summary>
    public string? RefusalFor(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            return $"it is a {url.Scheme}: link, and files are fetched only over HTTPS from where Teams keeps them";
        return Allows(url)
            ? null
            : $"its address ({url.Scheme}://{url.Authority}) is not one Teams keeps files at, so it was not fetched";
    }

    /// <summary>Whether the host of <paramref name="url"/> is listed by name: then it is trusted as listed, whatever it resolves to.</summary>
    public bool IsListedByName(Uri url) => _origins.Any(origin => !origin.IsWildcard && origin.Matches(url));

    private sealed record Origin(string Scheme, string Host, int Port, bool IsWildcard)
    {
        private const string WildcardMark = "://*.";

        public static Origin Parse(string entry, string setting) =>
            TryParse(entry) ?? throw new InvalidOperationException($"{setting}: {Expected(entry)}");

        public static Origin? TryParse(string entry)
        {
            var wildcard = entry.Contains(WildcardMark, StringComparison.Ordinal);
            if (!Uri.TryCreate(wildcard ? entry.Replace(WildcardMark, "://wildcard.", StringComparison.Ordinal) : entry, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || uri.UserInfo.Length > 0)
            {
                return null;
            }

            return new Origin(uri.Scheme, wildcard ? uri.Host["wildcard".Length..] : uri.Host, uri.Port, wildcard);
        }

        public static string Expected(string entry) => $"'{entry}' is not an origin such as https://host[:port] or https://*.host.";

        public bool Matches(Uri url) =>
            url.Scheme == Scheme && url.Port == Port
            && (IsWildcard ? url.Host.EndsWith(Host, StringComparison.OrdinalIgnoreCase) && url.Host.Length > Host.Length
                : string.Equals(url.Host, Host, StringComparison.OrdinalIgnoreCase));
    }
}
