using System.ComponentModel.DataAnnotations;
using WorkingParty.Bot.Features.MinutesUpload;

namespace WorkingParty.Bot.Features.Exports;

/// <summary>The configuration section <c>Exports</c>: where accepted export files may be uploaded.</summary>
public sealed class ExportOptions : IValidatableObject
{
    public const string Section = "Exports";

    /// <summary>
    /// Where Teams may ask the bot to upload a file the user accepted (their OneDrive): scheme://host[:port], "*." before a
    /// host for its subdomains; the SharePoint and OneDrive hosts of the Microsoft clouds when empty.
    /// </summary>
    public string[] AllowedUploadOrigins { get; set; } = [];

    public DownloadOrigins UploadOrigins() => DownloadOrigins.Parse(
        AllowedUploadOrigins.Length > 0 ? AllowedUploadOrigins : MinutesDownloadOptions.TeamsFileOrigins,
        $"{Section}:{nameof(AllowedUploadOrigins)}");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DownloadOrigins.Validate(AllowedUploadOrigins, nameof(AllowedUploadOrigins));
}
