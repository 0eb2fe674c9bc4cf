using System.Text.Json;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Actions;

/// <summary>
/// The one data contract of every card button: the verb, what it acts on, and (after submission) the values of
/// the card's inputs. Universal Actions deliver it as <c>value.action.data</c>, Action.Submit as <c>value</c>;
/// <see cref="TryParse"/> reads both.
/// </summary>
public sealed record CardActionData(string Verb)
{
    public string? MeetingId { get; init; }
    public int? Item { get; init; }
    public string? DeadlineId { get; init; }
    public string? CommentId { get; init; }

    /// <summary>The version of the comment the form was opened on, so a racing edit is detected.</summary>
    public int? Version { get; init; }

    /// <summary>Set once per form, so a double click or a repeated delivery is recognised as the same submission.</summary>
    public string? Nonce { get; init; }

    /// <summary>On a list of late comments: it covered every deadline, not only <see cref="DeadlineId"/>'s.</summary>
    public bool? AllDeadlines { get; init; }

    public string? Question { get; init; }
    public int? Offset { get; init; }
    public string? AnnouncementId { get; init; }
    public string? UploadId { get; init; }

    public string? Delegation { get; init; }
    public string? Comment { get; init; }
    public string? Document { get; init; }
    public string? Title { get; init; }
    public string? Text { get; init; }
    public string? Importance { get; init; }
    public string? Audience { get; init; }
    public string? NextMeetingDate { get; init; }
    public string? ExtendedDeadlineId { get; init; }
    public string? ExtendedDeadlineDate { get; init; }

    /// <summary>
    /// Reads the value of an <c>adaptiveCard/action</c> invoke or of a message-back submit. False when it is not an
    /// object, names an unknown verb, lacks what its verb needs, or carries a field of the wrong JSON type.
    /// </summary>
    public static bool TryParse(JsonElement value, out CardActionData data)
    {
        data = new CardActionData("");
        if (value.ValueKind != JsonValueKind.Object) return false;
        var payload = value;
        string? invokeVerb = null;
        if (value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            if (action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String) invokeVerb = verb.GetString();
            if (!action.TryGetProperty("data", out payload) || payload.ValueKind != JsonValueKind.Object) return false;
        }
        CardActionData? parsed;
        try
        {
            parsed = payload.Deserialize<CardActionData>(CardJson.Options);
        }
        catch (JsonException)
        {
            return false;
        }
        if (parsed is null || parsed.Verb is null) return false;
        if (invokeVerb is not null && invokeVerb != parsed.Verb) return false;
        if (!CardActionRequirements.AreMet(parsed)) return false;
        data = parsed;
        return true;
    }

    public static bool TryParse(string json, out CardActionData data)
    {
        data = new CardActionData("");
        try
        {
            using var document = JsonDocument.Parse(json);
            return TryParse(document.RootElement.Clone(), out data);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
