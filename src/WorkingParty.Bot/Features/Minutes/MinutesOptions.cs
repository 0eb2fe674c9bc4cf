using System.ComponentModel.DataAnnotations;
using WorkingParty.Bot.Features.MinutesUpload;

namespace WorkingParty.Bot.Features.Minutes;

/// <summary>The configuration section <c>Minutes</c>: the minutes read at start-up, and where and how long minutes files sent to the bot are fetched.</summary>
public sealed class MinutesOptions : IValidatableObject
{
    public const string Section = "Minutes";

    /// <summary>Minutes files read into the minutes store at start-up; relative to the bot's folder.</summary>
    [Required]
    public string Folder { get; set; } = "samples/minutes";

    /// <summary>scheme://host[:port], "*." before a host for its subdomains; Teams' file hosts when empty (see <see cref="MinutesDownloadOptions"/>).</summary>
    public string[] AllowedDownloadOrigins { get; set; } = [];

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DownloadTimeout { get; set; } = MinutesDownloadOptions.DefaultTimeout;

    public string FolderPath() => Path.GetFullPath(Folder, AppContext.BaseDirectory);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DownloadOrigins.Validate(AllowedDownloadOrigins, nameof(AllowedDownloadOrigins));
}
