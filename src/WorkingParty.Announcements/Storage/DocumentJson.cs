using System.Text.Json;
using System.Text.Json.Serialization;
using WorkingParty.Storage;

namespace WorkingParty.Announcements.Storage;

/// <summary>How this project's documents are written as JSON: camelCase, enums by name.</summary>
internal static class DocumentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(StoredDocument document) =>
        JsonSerializer.Deserialize<T>(document.Json, Options)
        ?? throw new InvalidDataException($"The document '{document.Key}' holds no value.");
}
