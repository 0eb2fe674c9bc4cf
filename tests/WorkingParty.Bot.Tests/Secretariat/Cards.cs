using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Tests.Secretariat;

/// <summary>Reads the Adaptive Cards the bot sends: the card of an activity, its text twin, and its buttons' data.</summary>
public static class Cards
{
    public static JObject Of(JObject activity) =>
        (JObject)activity["attachments"]!.Single(a => a["contentType"]?.ToString() == "application/vnd.microsoft.card.adaptive")["content"]!;

    /// <summary>The plain-text twin the bot puts in the activity's summary.</summary>
    public static string TextOf(JObject activity) => activity["summary"]?.ToString() ?? "";

    /// <summary>Everything the card says, for assertions on its wording.</summary>
    public static string Words(JObject card) => string.Join("\n", card.Descendants().OfType<JProperty>()
        .Where(p => p.Name is "text" or "title" or "value" && p.Value.Type == JTokenType.String).Select(p => p.Value.ToString()));

    public static bool HasButton(JObject card, string verb) => card.Descendants().OfType<JObject>().Any(o => o["verb"]?.ToString() == verb);

    /// <summary>The data the button with <paramref name="verb"/> sends.</summary>
    public static JObject ButtonData(JObject card, string verb) =>
        (JObject)card.Descendants().OfType<JObject>().First(o => o["verb"]?.ToString() == verb)["data"]!.DeepClone();
}
