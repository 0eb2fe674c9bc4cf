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
}
