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

    /// <summary>The header's fields that name a document ("No. Cion doc.: 9665/13 ... - COM(2013) 262 final"), as written.</summary>
    public IReadOnlyList<HeaderReference> References { get; init; } = [];
}

/// <summary>A header field naming a document: its label ("No. Cion prop.") and its value.</summary>
public sealed record HeaderReference(string Label, string Value);

/// <summary>Where the meeting date was read, most trusted first.</summary>
public enum MeetingDateSource { Stated, OnField, Subject, Heading, FileName, Inferred }
