using System.ComponentModel.DataAnnotations;

namespace WorkingParty.Bot.Hosting;

/// <summary>The configuration section <c>Storage</c>: local files by default, Azure Blob and Queue Storage with a connection string.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string DefaultFolder = ".data";
    public const string DefaultContainer = "working-party";
    public const string DefaultQueue = "announcements";
    private const string AzureName = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";
    private const string AzureNameRule = "must be 3 to 63 lower-case letters, digits and single hyphens, as Azure Storage names are.";

    [Required]
    public string Folder { get; set; } = DefaultFolder;

    public string? ConnectionString { get; set; }

    [Required, RegularExpression(AzureName, ErrorMessage = AzureNameRule)]
    public string Container { get; set; } = DefaultContainer;

    [Required, RegularExpression(AzureName, ErrorMessage = AzureNameRule)]
    public string Queue { get; set; } = DefaultQueue;

    public bool UsesAzure() => !string.IsNullOrWhiteSpace(ConnectionString);
}
