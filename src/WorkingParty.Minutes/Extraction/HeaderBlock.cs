using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// What the header block of a Council document says: the labelled fields (From, On, To, Subject) paired with their
/// values whatever the layout, the issue date, the document number, classification codes and the kind of record.
/// </summary>
public sealed record HeaderBlock(
    IReadOnlyDictionary<string, string> Fields,
    DateMention? IssueDate,
    string? DocumentNumber,
    IReadOnlyList<string> Codes,
    string? Kind)
{
    public static HeaderBlock Empty { get; } = new(new Dictionary<string, string>(), null, null, [], null);

    public string? Field(string label) => Fields.TryGetValue(label, out var value) ? value : null;
}
