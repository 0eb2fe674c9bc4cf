using System.Text.Json.Serialization;

namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// A date read from the minutes (the <paramref name="Ordinal"/>th of <paramref name="Sentence"/>, see <see cref="FactIds"/>)
/// is <paramref name="To"/>, or was no date of the meeting at all when <paramref name="To"/> is null (removed).
/// </summary>
public sealed record EventCorrection(string Sentence, int Ordinal, EventValue Read, EventValue? To) : Correction
{
    [JsonIgnore]
    public string FactId => FactIds.Of("event", Sentence, Ordinal);

    public override string FactKey() => $"event/{FactId}";

    public override string? ValueRead() => Words.Of(Read);

    public override string? ValueNow() => To is null ? null : Words.Of(To);
}

/// <summary>A deadline read from the minutes is <paramref name="To"/>, or no deadline when <paramref name="To"/> is null (removed).</summary>
public sealed record DeadlineCorrection(string Sentence, int Ordinal, DeadlineValue Read, DeadlineValue? To) : Correction
{
    [JsonIgnore]
    public string FactId => FactIds.Of("deadline", Sentence, Ordinal);

    public override string FactKey() => $"deadline/{FactId}";

    public override string? ValueRead() => Words.Of(Read);

    public override string? ValueNow() => To is null ? null : Words.Of(To);
}

/// <summary>A date the reader missed, added by the secretariat under the id <paramref name="Id"/>.</summary>
public sealed record AddedEvent(string Id, EventValue Value) : Correction
{
    public override string FactKey() => $"event/{Id}";

    public override string? ValueRead() => null;

    public override string? ValueNow() => Words.Of(Value);
}

/// <summary>A deadline the reader missed, added by the secretariat under the id <paramref name="Id"/>.</summary>
public sealed record AddedDeadline(string Id, DeadlineValue Value) : Correction
{
    public override string FactKey() => $"deadline/{Id}";

    public override string? ValueRead() => null;

    public override string? ValueNow() => Words.Of(Value);
}
