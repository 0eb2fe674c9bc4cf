using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace WorkingParty.Minutes.Reading;

/// <summary>
/// Reads a PDF's words with PdfPig and rebuilds its lines from their baselines. A gap between lines clearly wider
/// than the usual line spacing ends a paragraph; so does a page whose text starts lower than the pages' usual top.
/// </summary>
public sealed class PdfTextExtractor : ITextExtractor
{
    private const double ParagraphGapFactor = 1.5;
    private const double LowerTopFactor = 0.75;

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public string ExtractText(Stream content)
    {
        List<List<(double Y, string Text)>> pages;
        try
        {
            using var document = PdfDocument.Open(content);
            pages = document.GetPages().Select(Lines).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UnreadableFileException("it is not a readable PDF: " + e.Message, e);
        }

        var gaps = pages.SelectMany(p => p.Zip(p.Skip(1), (a, b) => a.Y - b.Y)).Where(g => g > 0).Order().ToList();
        var lineSpacing = gaps.Count > 0 ? gaps[gaps.Count / 2] : 0;
        var top = pages.Where(p => p.Count > 0).Select(p => p[0].Y).DefaultIfEmpty(0).Max();

        var text = new StringBuilder();
        foreach (var page in pages.Where(p => p.Count > 0))
        {
            if (text.Length > 0 && page[0].Y < top - (lineSpacing * LowerTopFactor))
            {
                text.Append('\n');
            }

            for (var i = 0; i < page.Count; i++)
            {
                if (i > 0 && page[i - 1].Y - page[i].Y > lineSpacing * ParagraphGapFactor)
                {
                    text.Append('\n');
                }

                text.Append(page[i].Text).Append('\n');
            }
        }

        return text.ToString();
    }

    private static List<(double Y, string Text)> Lines(Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key, string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
            .ToList();
}
