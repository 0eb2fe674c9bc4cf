using System.Collections.Concurrent;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// Footnotes as passages: each is searched and quoted as a sentence of the item whose text carries its marker
/// ("reservations.2", "measures¹"), cited "footnote 2"; a footnote whose marker is not found stands under the first item.
/// Only sentences that hold the marker's characters are tried.
/// </summary>
internal static class FootnotePassages
{
    private static readonly Dictionary<char, char> Superscripts = new()
    {
        ['0'] = '⁰', ['1'] = '¹', ['2'] = '²', ['3'] = '³', ['4'] = '⁴', ['5'] = '⁵', ['6'] = '⁶', ['7'] = '⁷', ['8'] = '⁸', ['9'] = '⁹',
    };

    /// <summary>The pattern of each marker glued to a word, built once per marker: the footnotes are also read for a question.</summary>
    private static readonly ConcurrentDictionary<string, Regex> GluedMarkers = new(StringComparer.Ordinal);

    public static IEnumerable<(AgendaItem Item, Statement Sentence, string Section)> Of(Meeting meeting)
    {
        if (meeting.Footnotes.Count == 0 || meeting.Items.Count == 0) yield break;
        foreach (var footnote in meeting.Footnotes)
        {
            if (string.IsNullOrWhiteSpace(footnote.Text)) continue;
            var item = ItemMarking(meeting, footnote.Marker) ?? meeting.Items[0];
            yield return (item, new Statement(footnote.Text.Trim(), []), $"footnote {footnote.Marker}");
        }
    }

    /// <summary>
    /// The footnotes shown with an item in full: those its text carries the marker of, and those no item carries (a
    /// note on the Subject line or the record as a whole: "no decisions can be taken").
    /// </summary>
    public static IEnumerable<Footnote> Annotating(Meeting meeting, AgendaItem item) =>
        meeting.Footnotes.Where(f => !string.IsNullOrWhiteSpace(f.Text) && ItemMarking(meeting, f.Marker) is var marked
            && (marked is null || ReferenceEquals(marked, item)));

    private static AgendaItem? ItemMarking(Meeting meeting, string marker)
    {
        var superscript = string.Concat(marker.Select(c => Superscripts.GetValueOrDefault(c, c)));
        var glued = GluedMarkers.GetOrAdd(marker, m =>
            new Regex($@"[\p{{L}}.,;:)\]](?:{Regex.Escape(m)}|{Regex.Escape(superscript)})(?!\d)", RegexOptions.CultureInvariant));
        foreach (var item in meeting.Items)
        {
            foreach (var paragraph in item.Paragraphs)
            {
                if ((paragraph.Text.Contains(marker, StringComparison.Ordinal) || paragraph.Text.Contains(superscript, StringComparison.Ordinal))
                    && glued.IsMatch(paragraph.Text))
                {
                    return item;
                }
            }
        }

        return null;
    }
}
