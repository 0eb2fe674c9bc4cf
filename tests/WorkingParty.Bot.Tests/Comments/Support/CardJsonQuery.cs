using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Tests.Comments.Support;

/// <summary>Reads what a test needs out of card JSON: the data of a button, and all the text a user would see.</summary>
public static class CardJsonQuery
{
    /// <summary>The data of the Action.Execute buttons with this verb, wherever they are on the card.</summary>
    public static IReadOnlyList<JObject> ActionData(JObject card, string verb) =>
    [
        .. card.DescendantsAndSelf().OfType<JObject>()
            .Where(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb)
            .Select(o => (JObject)o["data"]!),
    ];

    /// <summary>Every text, fact and input value of the card, joined by newlines.</summary>
    public static string Text(JObject card) => string.Join("\n",
        card.DescendantsAndSelf().OfType<JProperty>()
            .Where(p => p.Name is "text" or "title" or "value" && p.Value.Type == JTokenType.String)
            .Select(p => (string)p.Value!));

    /// <summary>The urls of the card's Action.OpenUrl buttons (download links).</summary>
    public static IReadOnlyList<string> Links(JObject card) =>
    [
        .. card.DescendantsAndSelf().OfType<JObject>()
            .Where(o => (string?)o["type"] == "Action.OpenUrl").Select(o => (string)o["url"]!),
    ];

    /// <summary>The value of the input with this id.</summary>
    public static string? InputValue(JObject card, string id) =>
        (string?)card.DescendantsAndSelf().OfType<JObject>().FirstOrDefault(o => (string?)o["id"] == id)?["value"];
}
