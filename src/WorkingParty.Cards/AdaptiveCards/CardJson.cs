using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>The JSON Teams expects: camelCase names, "type" discriminators, enum values as camelCase words, no nulls.</summary>
public static class CardJson
{
    /// <summary>Teams refuses a message over about 28 KB; cards stay under this, leaving room for the activity.</summary>
    public const int MaxCardBytes = 26 * 1024;

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    // A card is measured against the payload limit when it is built and serialised again when it is sent; cards are
    // immutable, so each is serialised once and its JSON kept for as long as the card itself lives.
    private static readonly ConditionalWeakTable<AdaptiveCard, string> Written = [];

    /// <summary>
    /// Builds the serialiser's contract of every kind of button data now, which the first card written would otherwise
    /// build (by reflection, with emitted accessors). The bot calls it on another core while its host starts, so that its
    /// first answer does not wait for it. What is written is unchanged: these are the contracts the first card would have
    /// built, kept by <see cref="Options"/>. The card's own elements and actions need none: <see cref="CardWriter"/>
    /// writes them.
    /// </summary>
    public static void Prepare()
    {
        Options.MakeReadOnly(populateMissingResolver: true);
        foreach (var type in ContractTypes)
        {
            Options.GetTypeInfo(type);
        }
    }

    /// <summary>What the serialiser still writes on a card: button data, of every kind.</summary>
    internal static IEnumerable<Type> ContractTypes => ButtonData.Kinds.Prepend(typeof(ButtonData));

    /// <summary>The card's JSON, as the serialiser writes it with <see cref="Options"/> (by <see cref="CardWriter"/>).</summary>
    public static string Serialize(AdaptiveCard card) => Written.GetValue(card, CardWriter.Write);

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);

    public static int SizeInBytes(AdaptiveCard card) => Encoding.UTF8.GetByteCount(Serialize(card));
}
