using System.Text.Json;

namespace WorkingParty.Answers;

/// <summary>Reads the data files compiled into this assembly (vocabulary, actors, synonyms).</summary>
internal static class EmbeddedJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Read<T>(string name)
    {
        var resource = $"WorkingParty.Answers.{name}";
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded data file {resource} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Embedded data file {resource} is empty.");
    }
}
