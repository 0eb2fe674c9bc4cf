namespace WorkingParty.Answers.Composition;

/// <summary>A document an item refers to, and the text that cites it (a sentence, else the sub-item title, else the reference alone).</summary>
internal sealed record ItemDocument(string Reference, string Text);

/// <summary>Every document of an agenda item, or of one of its sub-items, in the order the minutes cite them.</summary>
internal static class ItemDocuments
{
    /// <param name="subItem">The label of the sub-item to keep to ("b"), or null for the whole item.</param>
    public static IReadOnlyList<ItemDocument> Of(AgendaItem item, string? subItem)
    {
        var texts = new List<string>();
        string? section = null;
        foreach (var paragraph in item.Paragraphs.Where(p => subItem is null || Same(p.SubItem, subItem)))
        {
            if (paragraph.SubItem != section && (section = paragraph.SubItem) is not null
                && item.SubItems.FirstOrDefault(s => Same(s.Label, section)) is { } title)
            {
                texts.Add($"{title.Label}) {title.Title}");
            }

            texts.AddRange(paragraph.Sentences.Select(s => s.Text));
        }
        texts.AddRange(item.SubItems.Where(s => subItem is null || Same(s.Label, subItem)).Select(s => $"{s.Label}) {s.Title}").Except(texts));
        var citing = texts
            .SelectMany(text => DocumentReference.FindAll(text).Select(m => new ItemDocument(m.Value, text)))
            .DistinctBy(d => DocumentReference.BaseKey(d.Reference))
            .ToList();
        var listedOnly = subItem is null
            ? item.Documents.Where(d => citing.All(c => DocumentReference.BaseKey(c.Reference) != DocumentReference.BaseKey(d))).Select(d => new ItemDocument(d, d))
            : [];
        return [.. citing, .. listedOnly];
    }

    private static bool Same(string? label, string other) => string.Equals(label, other, StringComparison.OrdinalIgnoreCase);
}
