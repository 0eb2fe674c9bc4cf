using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkingParty.Storage.Collections;

/// <summary>How typed documents are written: camelCase properties, enums as camelCase strings.</summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
