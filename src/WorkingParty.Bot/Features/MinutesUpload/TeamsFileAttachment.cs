using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>
/// A file sent to the bot in a personal chat, as Teams delivers it: an attachment of type
/// <see cref="ContentType"/> whose content holds a pre-authenticated <c>downloadUrl</c> and the <c>fileType</c>.
/// </summary>
public sealed record TeamsFileAttachment(string Name, Uri DownloadUrl, string FileType)
{
    public const string ContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The file's name with the extension its type says, whatever name it came with.</summary>
    public string FileName => Path.GetExtension(SafeName).Equals("." + FileType, StringComparison.OrdinalIgnoreCase) ? SafeName : $"{SafeName}.{FileType}";

    private string SafeName => string.Concat(Path.GetFileName(Name).Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c)) is { Length: > 0 } name ? name : "minutes";

    public static bool IsFile(Attachment attachment) => attachment.ContentType == ContentType;

    public static TeamsFileAttachment? From(Attachment attachment)
    {
        var content = attachment.Content is JObject json ? json : attachment.Content is null ? null : JObject.FromObject(attachment.Content);
        var url = (string?)content?["downloadUrl"];
        var type = ((string?)content?["fileType"])?.Trim().TrimStart('.');
        return IsFile(attachment) && Uri.TryCreate(url, UriKind.Absolute, out var downloadUrl) && !string.IsNullOrEmpty(type)
            ? new TeamsFileAttachment(attachment.Name ?? "minutes", downloadUrl, type.ToLowerInvariant())
            : null;
    }
}
