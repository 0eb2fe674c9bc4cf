using System.Text.Json.Nodes;

namespace WorkingParty.EndToEnd.Tests.Playground;

/// <summary>
/// A file sent to a bot in a personal chat, as Teams delivers it: a message whose attachment has the content type
/// <c>application/vnd.microsoft.teams.file.download.info</c> and a pre-authenticated <c>downloadUrl</c>.
/// </summary>
public sealed record TeamsFile(string Name, Uri DownloadUrl, string FileType)
{
    /// <summary><paramref name="activity"/> (the Playground's template for the chat) made into the message carrying the file.</summary>
    public JsonObject MessageFrom(JsonObject activity)
    {
        activity["type"] = "message";
        activity["text"] = "";
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = Name,
            ["contentUrl"] = DownloadUrl.ToString(),
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = DownloadUrl.ToString(),
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = FileType,
            },
        });
        return activity;
    }
}
