using System.Text.Json.Serialization;

namespace WorkingParty.Minutes.Model;

/// <summary>A date the minutes mention, what happens then, and where it was read.</summary>
public sealed record DatedEvent(
    DateOnly Date,
    DateOnly? EndDate,
    DatePrecision Precision,
    EventKind Kind,
    string Description,
    int Item,
    string Sentence)
{
    /// <summary>Why the date may be misread (two readings conflict), or null when it is certain. Show it with its sentence.</summary>
    public string? Doubt { get; init; }

    /// <summary>
    /// "cancelled", "postponed" (the date a meeting was moved to), "moved" (the date our meeting was moved from; the
    /// sentence gives the new one) or "additional" when the sentence says so of a meeting, else null.
    /// </summary>
    public string? Status { get; init; }

    /// <summary>Set when the secretariat corrected or added the date; null as read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CorrectionMark? Corrected { get; init; }
}

public enum DatePrecision { Day, Month, PartOfMonth, HalfYear, Year }

public enum EventKind { NextMeeting, Workshop, Event, PastEvent }
