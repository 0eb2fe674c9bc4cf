using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Bots;

/// <summary>
/// Reads Teams' answer to a file consent card (a <c>fileConsent/invoke</c>) into the button data the router takes: the grant
/// the card's context names (<see cref="GrantField"/>), accepted with where to upload, or declined.
/// </summary>
public static class FileConsentAnswer
{
    /// <summary>The field of a file consent card's accept and decline contexts that names the grant offered.</summary>
    public const string GrantField = "grant";

    public static string ToButtonJson(FileConsentCardResponse response)
    {
        var accepted = response.Action == "accept";
        var data = new JObject
        {
            ["verb"] = accepted ? ButtonData.VerbOf<AcceptExportFile>() : ButtonData.VerbOf<DeclineExportFile>(),
            [GrantField] = (response.Context as JToken)?[GrantField]?.DeepClone(),
        };
        if (accepted && response.UploadInfo is { } upload)
        {
            data["upload"] = JObject.FromObject(upload);
        }

        return data.ToString();
    }
}
