using WorkingParty.Bot.Features.MinutesUpload;

namespace WorkingParty.Bot.Features.Exports;

/// <summary>Where accepted export files may be uploaded (configuration section <c>Exports</c>).</summary>
public sealed class ExportOptions
{
    public const string OriginsSetting = "Exports:AllowedUploadOrigins";

    /// <summary>
    /// <c>Exports:AllowedUploadOrigins</c>: where Teams may ask the bot to upload a file the user accepted (their OneDrive): the
    /// SharePoint and OneDrive hosts of the Microsoft clouds unless set (scheme://host[:port], "*." for subdomains).
    /// </summary>
    public required DownloadOrigins UploadOrigins { get; init; }

    public static ExportOptions From(IConfiguration configuration)
    {
        var listed = configuration.GetSection(OriginsSetting).Get<string[]>() ?? [];
        return new ExportOptions { UploadOrigins = DownloadOrigins.Parse(listed.Length > 0 ? listed : MinutesDownloadOptions.TeamsFileOrigins, OriginsSetting) };
    }
}
