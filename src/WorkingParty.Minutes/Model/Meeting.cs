using System.Text.Json.Serialization;

namespace WorkingParty.Minutes.Model;

/// <summary>The structured record of one meeting, as read from its minutes.</summary>
public sealed record Meeting(
    string Id,
    string Body,
    DateOnly Date,
    bool DateInferred,
    string Title,
    string SourceFile,
    IReadOnlyList<AgendaItem> Items,
    IReadOnlyList<DatedEvent> Events,
    IReadOnlyList<Deadline> Deadlines)
{
    /// <summary>What the document says of itself: number, issue date, kind, where the meeting date was read.</summary>
    public DocumentHeader Header { get; init; } = DocumentHeader.None;

    /// <summary>The last day of a meeting held over several days ("On: 9 and 10 October 2018"), else null.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Footnotes of the document, by their marker, apart from the sentences that refer to them.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>
    /// The paragraphs written before item 1 ("SK and SI followed the meeting from their capitals."), which
    /// belong to no agenda item; empty when the minutes start with item 1.
    /// </summary>
    public IReadOnlyList<Paragraph> Opening { get; init; } = [];

    /// <summary>
    /// The SHA-256 of the file the record was read from (hex, 32 characters), which identifies the minutes whatever the
    /// reader makes of them: corrections and withdrawals are kept under it. Null for records read from text alone.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceDigest { get; init; }

    /// <summary>Set when the secretariat corrected the meeting date, the body or the document number; null as read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CorrectionMark? Corrected { get; init; }
}
