using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Tests.Support;

/// <summary>Teams' file consent cards among the activities a bot sent, and the invoke Teams sends when one is answered.</summary>
public static class FileConsentCards
{
    public const string ContentType = "application/vnd.microsoft.teams.card.file.consent";

    /// <summary>Each consent card's attachment (its <c>name</c> the file's, its <c>content</c> the card), in the order sent.</summary>
    public static IReadOnlyList<JObject> In(IEnumerable<JObject> activities) =>
    [
        .. activities.SelectMany(activity => activity["attachments"]?.Children<JObject>() ?? [])
            .Where(attachment => (string?)attachment["contentType"] == ContentType),
    ];

    /// <summary>
    /// The <c>fileConsent/invoke</c> Teams sends when the user presses Allow or Decline on <paramref name="offer"/>, sent on
    /// the card message <paramref name="cardId"/>; an accepted one says where to upload.
    /// </summary>
    public static JObject Answer(JObject from, JObject offer, bool accept, string cardId, string? uploadUrl = null)
    {
        var activity = (JObject)from.DeepClone();
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "fileConsent/invoke";
        activity["replyToId"] = cardId;
        var card = (JObject)offer["content"]!;
        activity["value"] = new JObject
        {
            ["type"] = "fileUpload",
            ["action"] = accept ? "accept" : "decline",
            ["context"] = card[accept ? "acceptContext" : "declineContext"]?.DeepClone(),
            ["uploadInfo"] = accept
                ? new JObject
                {
                    ["name"] = offer["name"], ["uploadUrl"] = uploadUrl, ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/secretary/Documents/Applications/" + offer["name"],
                    ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D", ["fileType"] = Path.GetExtension((string)offer["name"]!).TrimStart('.'),
                }
                : null,
        };
        return activity;
    }
}
