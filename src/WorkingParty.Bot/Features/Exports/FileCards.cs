using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Features.Exports;

/// <summary>
/// Teams' own cards for handing a file to a user in a personal chat (not Adaptive Cards): the consent card offering it (Allow
/// lets the bot upload it to the user's OneDrive, see <see cref="FileConsentAnswer"/>), and the file card showing it once there.
/// </summary>
public static class FileCards
{
    public static Attachment Offer(ExportFile file, string description, string grant) => new()
    {
        ContentType = FileConsentCard.ContentType,
        Name = file.Name,
        Content = new FileConsentCard
        {
            Description = description,
            SizeInBytes = file.Content.LongLength,
            AcceptContext = new JObject { [FileConsentAnswer.GrantField] = grant },
            DeclineContext = new JObject { [FileConsentAnswer.GrantField] = grant },
        },
    };

    public static Attachment Uploaded(ExportUpload upload) => new()
    {
        ContentType = FileInfoCard.ContentType,
        ContentUrl = upload.ContentUrl,
        Name = upload.Name,
        Content = new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType },
    };
}
