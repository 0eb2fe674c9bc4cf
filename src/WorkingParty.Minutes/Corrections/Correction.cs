using System.Text.Json.Serialization;

namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// The secretariat's correction of one fact of a meeting's minutes: who made it and when (<see cref="Mark"/>), what
/// was read and what it is now. Kept beside the record as read, keyed by the fact (<see cref="FactKey"/>): a later
/// correction of the same fact takes the place of an earlier one. The kinds are in <c>MeetingCorrections.cs</c> and
/// <c>FactCorrections.cs</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "fact")]
[JsonDerivedType(typeof(MeetingDateCorrection), "meeting-date")]
[JsonDerivedType(typeof(BodyCorrection), "body")]
[JsonDerivedType(typeof(DocumentNumberCorrection), "document-number")]
[JsonDerivedType(typeof(ItemTitleCorrection), "item-title")]
[JsonDerivedType(typeof(EventCorrection), "event")]
[JsonDerivedType(typeof(DeadlineCorrection), "deadline")]
[JsonDerivedType(typeof(AddedEvent), "added-event")]
[JsonDerivedType(typeof(AddedDeadline), "added-deadline")]
[JsonDerivedType(typeof(DeadlineContinues), "deadline-continues")]
public abstract record Correction
{
    public required CorrectionMark Mark { get; init; }

    /// <summary>Whether it changes what the minutes say (shown and counted as a correction); false for bookkeeping such as <see cref="DeadlineContinues"/>.</summary>
    [JsonIgnore]
    public virtual bool IsFactCorrection => true;

    /// <summary>Which fact it corrects: "meeting-date", "item-title/7", "event/e1a2b3c4d5", ...</summary>
    public abstract string FactKey();

    /// <summary>What the fact was as read, in words ("19 April 2017"), or null for a fact the secretariat added.</summary>
    public abstract string? ValueRead();

    /// <summary>What the fact is now, in words, or null when it was removed.</summary>
    public abstract string? ValueNow();
}
