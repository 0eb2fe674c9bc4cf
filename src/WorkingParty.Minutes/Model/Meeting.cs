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
    IReadOnlyList<Deadline> Deadlines);
