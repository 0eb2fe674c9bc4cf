namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// The heading each paragraph of an item stands under: its sub-item's label and title ("b) Informal ministers' meeting
/// (Limassol, 4–5 June)") and the latest dash heading before it in that sub-item (a short paragraph of one sentence
/// without a final stop, as "– Port levy" is read), joined by " — "; null when there is none.
/// </summary>
internal static partial class Sections
{
    private const int LongestHeadingWords = 12;

    public static string?[] Of(AgendaItem item)
    {
        var sections = new string?[item.Paragraphs.Count];
        string? sub = null, dash = null;
        for (var i = 0; i < item.Paragraphs.Count; i++)
        {
            var paragraph = item.Paragraphs[i];
            if (paragraph.SubItem != sub) (sub, dash) = (paragraph.SubItem, null);
            var subTitle = sub is null ? null : SubItemTitle(item, sub);
            if (IsDashHeading(paragraph)) dash = paragraph.Text.Trim();
            sections[i] = (subTitle, dash) switch
            {
                (null, null) => null,
                (_, null) => subTitle,
                (null, _) => dash,
                _ => $"{subTitle} — {dash}",
            };
        }
        return sections;
    }

    /// <summary>The sub-item title of a label, "b) Title", or null when the item has no such sub-item.</summary>
    public static string? SubItemTitle(AgendaItem item, string label) =>
        item.SubItems.FirstOrDefault(s => string.Equals(s.Label, label, StringComparison.OrdinalIgnoreCase)) is { } sub ? $"{sub.Label}) {sub.Title}" : null;

    /// <summary>
    /// A short paragraph of one sentence without a final stop, opening with a capital ("– Port levy" as read) or with a
    /// sub-item's label the reader did not take for one ("a) Article 4 - Supervisory authority").
    /// </summary>
    private static bool IsDashHeading(Paragraph paragraph)
    {
        var text = paragraph.Text.Trim();
        if (paragraph.Sentences.Count != 1 || text.Length == 0 || ".!?:;,".Contains(text[^1])
            || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > LongestHeadingWords)
        {
            return false;
        }
        return char.IsUpper(text[0]) || SubItemLabel().Match(text) is { Success: true } label && char.IsUpper(text[label.Length]);
    }

    /// <summary>"a) ", "(b) ", "iv) ": a sub-item's label and the space after it.</summary>
    [GeneratedRegex(@"^\(?(?:[a-z]|[ivx]{1,4})\)\s+(?=\S)")]
    private static partial Regex SubItemLabel();
}
