namespace WorkingParty.Minutes.Model;

/// <summary>
/// The header block of a Council document: "Brussels, 7 February 2020" (the issue date, never the meeting date),
/// the document number ("5909/20", "WK 6517/2020"), its classification codes, LIMITE, and the kind of record.
/// </summary>
public sealed record DocumentHeader(
    DateOnly? IssueDate,
    string? DocumentNumber,
    string? Kind,
    IReadOnlyList<string> Codes,
    bool Limite,
    MeetingDateSource DateSource)
{
    public static DocumentHeader None { get; } = new(null, null, null, [], false, MeetingDateSource.Inferred);
}

/// <summary>Where the meeting date was read, most trusted first.</summary>
public enum MeetingDateSource { Stated, OnField, Subject, Heading, FileName, Inferred }
