using System.ComponentModel.DataAnnotations;
using WorkingParty.Answers.Library;
using WorkingParty.Bot.Features.MinutesUpload;
using WorkingParty.Bot.Hosting;

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

    /// <summary>Whether the built passage index is kept between starts (<see cref="Answers.Library.IndexCache"/>), so that a restart on the same minutes loads it.</summary>
    public bool CacheIndex { get; set; } = true;

    /// <summary>
    /// Where that index is kept (a local folder): when empty, <c>.index-cache</c> in the file store's folder (a name the
    /// store never lists), or with Azure Storage a folder of the machine's temporary folder named after the container.
    /// </summary>
    public string? IndexCacheFolder { get; set; }

    public string FolderPath() => Path.GetFullPath(Folder, AppContext.BaseDirectory);

    /// <summary>The index cache these settings ask for, or null when <see cref="CacheIndex"/> is off.</summary>
    public IndexCache? IndexCache(StorageOptions storage) =>
        !CacheIndex ? null
        : !string.IsNullOrWhiteSpace(IndexCacheFolder) ? new IndexCache(IndexCacheFolder)
        : storage.UsesAzure() ? new IndexCache(Path.Combine(Path.GetTempPath(), "working-party-index", storage.Container))
        : new IndexCache(Path.Combine(Path.GetFullPath(storage.Folder), ".index-cache"));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DownloadOrigins.Validate(AllowedDownloadOrigins, nameof(AllowedDownloadOrigins));
}
