using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesWriter.Markup;

namespace MinutesWriter.Docx;

/// <summary>
/// A footer part's content: one small line with the pieces spread across it by tab stops (the first at the left
/// margin, the last right-aligned, the others centred between), <c>{page}</c> as Word's PAGE field.
/// </summary>
internal static class DocxFooter
{
    public static Footer Build(IReadOnlyList<string> pieces)
    {
        var stops = Enumerable.Range(1, Math.Max(0, pieces.Count - 1)).Select(i => new TabStop
        {
            Val = i == pieces.Count - 1 ? TabStopValues.Right : TabStopValues.Center,
            Position = i * DocxLayout.TextWidth / (pieces.Count - 1),
        });
        var content = pieces.SelectMany((piece, i) => (i == 0 ? [] : new OpenXmlElement[] { new Run(new TabChar()) }).Concat(Piece(piece)));
        return new Footer(new Paragraph([new ParagraphProperties(new Tabs(stops)), .. content]));
    }

    private static IEnumerable<OpenXmlElement> Piece(string piece)
    {
        var parts = piece.Split(FooterLine.PageNumber);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                yield return new SimpleField(DocxRuns.Run("1", DocxLayout.FooterSize)) { Instruction = " PAGE " };
            if (parts[i].Length > 0)
                yield return DocxRuns.Run(parts[i], DocxLayout.FooterSize);
        }
    }
}
