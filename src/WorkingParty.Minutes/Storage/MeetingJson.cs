using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkingParty.Minutes.Storage;

/// <summary>
/// The JSON form of a meeting record, as the CLI prints it and the minutes store keeps it: camelCase names,
/// ISO dates, kinds and precisions in kebab case ("next-meeting", "past-event", "part-of-month").
/// </summary>
public static class MeetingJson
{
    /// <remarks>
    /// The contract of a meeting is generated at compile time (<see cref="MeetingJsonContext"/>), the same as reflection
    /// would make it at run time: a bot restarting on its store reads every meeting first thing, and building that
    /// contract by reflection was a tenth of a second of its start (docs/benchmarks.md, section 2).
    /// </remarks>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        TypeInfoResolver = MeetingJsonContext.Default,
    };

    public static string Serialize(Meeting meeting) => JsonSerializer.Serialize(meeting, Options);

    public static Meeting Deserialize(string json) =>
        JsonSerializer.Deserialize<Meeting>(json, Options) ?? throw new JsonException("The JSON holds no meeting.");
}

/// <summary>The meeting record's JSON contract, generated; <see cref="MeetingJson.Options"/> say how it is written.</summary>
[JsonSerializable(typeof(Meeting))]
internal sealed partial class MeetingJsonContext : JsonSerializerContext;
