namespace WorkingParty.Minutes.Recognition;

/// <summary>
/// A request with a due date found in a sentence: the date token it is due by, what and from whom. <see cref="History"/>
/// when the sentence tells it as past history ("had been extended until"): a date with no year is then the one before the meeting.
/// <see cref="FirstSet"/> when the sentence tells it as the date first set, since replaced ("had originally wanted answers
/// by"); <see cref="FirstSetIndex"/> the date token of the superseded date the subject named ("initially set at X").
/// </summary>
public sealed record DeadlineMention(int DateIndex, string Subject, string RequestedFrom)
{
    public bool History { get; init; }

    public bool FirstSet { get; init; }

    public int? FirstSetIndex { get; init; }
}
