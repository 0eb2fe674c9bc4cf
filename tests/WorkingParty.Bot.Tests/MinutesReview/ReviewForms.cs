using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Tests.MinutesReview;

/// <summary>
/// Fills in the review card as Teams sends it back: every input of the card with the value it shows (a toggle its
/// "off" value), with the changes a secretary typed.
/// </summary>
public static class ReviewForms
{
    public static JObject Filled(JObject card, params (string Id, string Value)[] changes)
    {
        var form = new JObject();
        foreach (var input in Inputs(card))
        {
            form[(string)input["id"]!] = (string?)input["value"] ?? ((string?)input["type"] == "Input.Toggle" ? (string?)input["valueOff"] ?? "false" : "");
        }

        foreach (var (id, value) in changes)
        {
            Assert.True(form.ContainsKey(id), $"The card has no input {id}");
            form[id] = value;
        }

        return form;
    }

    /// <summary>The id of the date (<paramref name="kind"/> "date") or deadline ("deadline") the card shows on <paramref name="isoDate"/>.</summary>
    public static string FactOn(JObject card, string kind, string isoDate) =>
        Inputs(card).Select(input => (string)input["id"]!)
            .Single(id => id.StartsWith(kind + ".", StringComparison.Ordinal) && id.EndsWith(".date", StringComparison.Ordinal)
                && (string?)Inputs(card).Single(i => (string)i["id"]! == id)["value"] == isoDate)
            .Split('.')[1];

    public static IEnumerable<JObject> Inputs(JObject card) =>
        card.Descendants().OfType<JObject>().Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
}
