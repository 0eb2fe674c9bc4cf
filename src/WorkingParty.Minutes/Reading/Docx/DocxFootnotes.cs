using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkingParty.Minutes.Reading.Docx;

/// <summary>
/// The footnotes of a Word document in the order the body refers to them, numbered 1, 2, ... as Word numbers them;
/// a footnote's paragraphs joined into one text. Separators and notes the body never refers to are left out.
/// </summary>
internal static class DocxFootnotes
{
    public static IReadOnlyList<Footnote> Read(FootnotesPart? part, IEnumerable<long> referenceOrder)
    {
        var notes = (part?.Footnotes?.Elements<W.Footnote>() ?? [])
            .Where(n => n.Id?.Value is not null && (n.Type is null || n.Type.Value == W.FootnoteEndnoteValues.Normal))
            .GroupBy(n => n.Id!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        var footnotes = new List<Footnote>();
        foreach (var id in referenceOrder.Distinct())
        {
            if (notes.TryGetValue(id, out var note))
            {
                var paragraphs = note.Elements<W.Paragraph>().Select(p => ParagraphText.Read(p, []).Trim()).Where(t => t.Length > 0);
                footnotes.Add(new Footnote((footnotes.Count + 1).ToString(CultureInfo.InvariantCulture), string.Join(' ', paragraphs)));
            }
        }

        return footnotes;
    }
}
