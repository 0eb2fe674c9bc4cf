using System.Text.RegularExpressions;
using MinutesWriter.Markup;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MinutesWriter.Pdf;

/// <summary>Draws and measures spans on a page: regular or bold, footnote markers smaller and raised, each word in a font that can print it.</summary>
internal sealed partial class SpanPainter(PdfFonts fonts)
{
    /// <summary>Measures a string's advance up to a following sentinel glyph, so trailing spaces count.</summary>
    private const string Sentinel = "|";

    public double Width(PdfPageBuilder page, IEnumerable<Span> spans, double size) =>
        spans.SelectMany(Pieces).Sum(piece => Advance(page, piece, size));

    public double Width(PdfPageBuilder page, string text, double size) => Width(page, [new Span(text, false)], size);

    /// <summary>Draws the spans from <paramref name="x"/> on the baseline <paramref name="y"/>; returns where they end.</summary>
    public double Draw(PdfPageBuilder page, IEnumerable<Span> spans, double size, double x, double y)
    {
        foreach (var piece in spans.SelectMany(Pieces))
        {
            var (pieceSize, rise) = piece.Span.Marker ? (size * PdfLayout.MarkerScale, size * PdfLayout.MarkerRise) : (size, 0);
            page.AddText(piece.Span.Text, pieceSize, new PdfPoint(x, y + rise), Font(piece));
            x += Advance(page, piece, size);
        }

        return x;
    }

    private double Advance(PdfPageBuilder page, (Span Span, bool Fallback) piece, double size)
    {
        var pieceSize = piece.Span.Marker ? size * PdfLayout.MarkerScale : size;
        var letters = page.MeasureText(piece.Span.Text + Sentinel, pieceSize, new PdfPoint(0, 0), Font(piece));
        return letters[^1].StartBaseLine.X;
    }

    private PdfDocumentBuilder.AddedFont Font((Span Span, bool Fallback) piece) => fonts.Font(piece.Span.Bold, piece.Fallback);

    /// <summary>The span cut where the font changes: a word with a letter Helvetica cannot print goes to the fallback, with the spaces after it.</summary>
    private static IEnumerable<(Span Span, bool Fallback)> Pieces(Span span)
    {
        var pieces = new List<(Span Span, bool Fallback)>();
        foreach (var word in Words().Matches(span.Text).Select(m => m.Value))
        {
            var fallback = word.Any(c => !PdfFonts.IsStandard(c));
            if (pieces.Count > 0 && pieces[^1].Fallback == fallback)
                pieces[^1] = (span with { Text = pieces[^1].Span.Text + word }, fallback);
            else
                pieces.Add((span with { Text = word }, fallback));
        }

        return pieces;
    }

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex Words();
}
