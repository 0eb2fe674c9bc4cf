using System.Text.Json.Serialization;

namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>The root of an Adaptive Card, schema 1.5 (the newest that Teams renders everywhere).</summary>
public sealed record AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Version => SchemaVersion;

    public required IReadOnlyList<CardElement> Body { get; init; }
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Text a screen reader or notification shows instead of the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>Teams extension: let the card use the full width of the chat.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardOptions? Teams { get; init; } = TeamsCardOptions.FullWidth;
}

public sealed record TeamsCardOptions(string Width)
{
    public static TeamsCardOptions FullWidth { get; } = new("Full");
}
