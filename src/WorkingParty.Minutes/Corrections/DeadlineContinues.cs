using System.Text.Json.Serialization;

namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// Not a correction of what the minutes say: the deadline read from <paramref name="Sentence"/> (its
/// <paramref name="Ordinal"/>th) is the one an earlier version of these minutes had under <paramref name="EarlierId"/>
/// (in the meeting <see cref="EarlierMeetingId"/>, when the revision changed the meeting's id), and keeps that id, so
/// the comments written on it stay attached when a revision moves it.
/// </summary>
public sealed record DeadlineContinues(string Sentence, int Ordinal, string EarlierId) : Correction
{
    /// <summary>The id of the meeting the earlier version was of, when it is not the revision's; else null.</summary>
    public string? EarlierMeetingId { get; init; }

    [JsonIgnore]
    public string FactId => FactIds.Of("deadline", Sentence, Ordinal);

    public override bool IsFactCorrection => false;

    public override string FactKey() => $"deadline-id/{FactId}";

    public override string? ValueRead() => EarlierId;

    public override string? ValueNow() => EarlierId;
}
