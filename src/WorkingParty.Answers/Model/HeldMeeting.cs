namespace WorkingParty.Answers.Model;

/// <summary>
/// One meeting whose minutes are held: its body and date, what its document says of itself (number, issue date, kind)
/// and how many agenda items it records.
/// </summary>
public sealed record HeldMeeting(
    string MeetingId,
    string Body,
    DateOnly Date,
    DateOnly? EndDate,
    bool DateInferred,
    string? DocumentNumber,
    DateOnly? IssueDate,
    string? Kind,
    int Items)
{
    /// <summary>
    /// When the minutes do not state the meeting's date (<see cref="DateInferred"/>): what they say of the meeting
    /// instead, the record's title and its opening sentences, shown so that the inferred date is not taken as a fact.
    /// </summary>
    public IReadOnlyList<string> DateSaid { get; init; } = [];

    /// <summary>Set when the secretariat corrected the meeting's date, body or document number: who and when.</summary>
    public CorrectionMark? Corrected { get; init; }
}
