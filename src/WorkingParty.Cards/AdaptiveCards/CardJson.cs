using System.Text.Json;
using System.Text.Json.Serialization;

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

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);

    public static int SizeInBytes(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Options).Length;
}
