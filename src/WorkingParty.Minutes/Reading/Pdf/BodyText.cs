namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// The measures of a document's running text: the size most of it is printed in, the usual distance between
/// the baselines of two lines of one paragraph, how far right its lines reach, and where its pages start.
/// </summary>
internal sealed record BodyText(double Size, double LineSpacing, double Right, double Top)
{
    private const double LineSpacingOfSize = 1.2;
    private const double MaxLineSpacing = 3;

    /// <summary>The size most of the document's letters are printed in.</summary>
    public static double SizeOf(IEnumerable<PdfLine> lines) =>
        lines.GroupBy(l => Math.Round(l.Size * 2) / 2).MaxBy(g => g.Sum(l => l.Text.Length))?.Key ?? 0;

    /// <param name="pages">Each page's lines without furniture, top to bottom.</param>
    public static BodyText Of(IReadOnlyList<IReadOnlyList<PdfLine>> pages, double size)
    {
        var body = pages.Select(p => p.Where(l => IsBodySize(l, size)).ToList()).ToList();
        var gaps = body.SelectMany(p => p.Zip(p.Skip(1), (a, b) => a.Baseline - b.Baseline))
            .Where(g => g > 0 && g < MaxLineSpacing * size).Order().ToList();

        // The lower quartile: in minutes most paragraphs are a line or two, so the median may well be a paragraph gap.
        var lineSpacing = gaps.Count > 0 ? gaps[gaps.Count / 4] : LineSpacingOfSize * size;
        var right = body.SelectMany(p => p).Select(l => l.Right).DefaultIfEmpty(0).Max();
        var top = pages.Where(p => p.Count > 0).Select(p => p[0].Baseline).DefaultIfEmpty(0).Max();
        return new BodyText(size, lineSpacing, right, top);
    }

    public static bool IsBodySize(PdfLine line, double size) => Math.Abs(line.Size - size) < 0.5;
}
