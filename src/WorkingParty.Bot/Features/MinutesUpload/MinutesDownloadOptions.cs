using WorkingParty.Bot.Features.Minutes;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>Where and how long the bot fetches a minutes file sent to it (configuration section <c>Minutes</c>).</summary>
public sealed class MinutesDownloadOptions
{
    /// <summary>Where Teams keeps the files sent to a bot: the SharePoint and OneDrive hosts of the Microsoft clouds.</summary>
    public static readonly IReadOnlyList<string> TeamsFileOrigins =
        ["https://*.sharepoint.com", "https://*.sharepoint.us", "https://*.sharepoint-mil.us", "https://*.sharepoint.cn"];

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// <c>Minutes:AllowedDownloadOrigins</c>: scheme://host[:port], "*." before a host for its subdomains; replaces
    /// <see cref="TeamsFileOrigins"/> when set. A host listed by name (no "*.") is trusted as listed, whatever it resolves to.
    /// </summary>
    public required DownloadOrigins Origins { get; init; }

    /// <summary><c>Minutes:DownloadTimeout</c>: the most a whole download may take, however slowly the bytes come.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    public static MinutesDownloadOptions From(MinutesOptions minutes) => new()
    {
        Origins = DownloadOrigins.Parse(minutes.AllowedDownloadOrigins.Length > 0 ? minutes.AllowedDownloadOrigins : TeamsFileOrigins),
        Timeout = minutes.DownloadTimeout,
    };
}
