namespace WorkingParty.Answers.Library;

/// <summary>An agenda item that lists a document among its documents, as the minutes write the reference.</summary>
internal sealed record DocumentListing(Meeting Meeting, AgendaItem Item, string Reference);

/// <summary>The agenda items listing each document (any copy or revision), found without reading every item per question.</summary>
internal sealed class DocumentListings
{
    private readonly Dictionary<string, List<DocumentListing>> _byBaseKey = new(StringComparer.Ordinal);

    /// <param name="meetings">The meetings, oldest first.</param>
    public DocumentListings(IReadOnlyList<Meeting> meetings)
    {
        foreach (var meeting in meetings)
        {
            foreach (var item in meeting.Items)
            {
                foreach (var reference in item.Documents.Concat(TitleReferences(item)).DistinctBy(DocumentReference.Key))
                {
                    var key = DocumentReference.BaseKey(reference);
                    if (!_byBaseKey.TryGetValue(key, out var listings)) _byBaseKey[key] = listings = [];
                    listings.Add(new DocumentListing(meeting, item, reference));
                }
            }
        }
    }

    /// <summary>
    /// The references an item's title (or a sub-item's) writes that its documents do not list: a proposal's
    /// "COM(2035) 418 final" in "Proposal for a Directive on ... (COM(2035) 418 final)".
    /// </summary>
    private static IEnumerable<string> TitleReferences(AgendaItem item) =>
        item.SubItems.Select(s => s.Title).Prepend(item.Title).SelectMany(t => DocumentReference.FindAll(t)).Select(m => m.Value.Trim());

    /// <summary>The items listing the document or any copy or revision of it, oldest meeting first.</summary>
    public IReadOnlyList<DocumentListing> Of(string reference) => _byBaseKey.GetValueOrDefault(DocumentReference.BaseKey(reference)) ?? [];
}
