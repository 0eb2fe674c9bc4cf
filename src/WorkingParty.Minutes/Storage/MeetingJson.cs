using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkingParty.Minutes.Storage;

/// <summary>
/// The JSON form of a meeting record, as the CLI prints it and the minutes store keeps it: camelCase names,
/// ISO dates, kinds and precisions in kebab case ("next-meeting", "past-event", "part-of-month").
/// </summary>
public static class MeetingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static string Serialize(Meeting meeting) => JsonSerializer.Serialize(meeting, Options);

    public static Meeting Deserialize(string json) =>
        JsonSerializer.Deserialize<Meeting>(json, Options) ?? throw new JsonException("The JSON holds no meeting.");
}
