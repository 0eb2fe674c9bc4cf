namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// Puts a page's lines in reading order. Where two or more consecutive lines are split in two by the same clear
/// band (the gutter) and no line between them crosses it, that part of the page is read as two columns: the left
/// column down, then the right one. Columns whose lines do not share baselines are not recognised.
/// </summary>
internal static class ColumnReader
{
    /// <summary>Of the page's text width: a narrower piece of a line is not a column.</summary>
    private const double MinColumnShare = 0.05;

    private const double Tolerance = 0.5;

    /// <param name="top">Where the document's pages usually start.</param>
    /// <param name="right">The right margin.</param>
    public static IEnumerable<TextFlow> Flows(IReadOnlyList<PdfLine> page, double top, double right)
    {
        var next = 0;
        var startsPage = true;
        foreach (var (first, last, gutterLeft, gutterRight) in Regions(page))
        {
            if (first > next)
            {
                yield return new TextFlow(Slice(page, next, first), top, startsPage, right);
                startsPage = false;
            }

            var region = Slice(page, first, last + 1);
            var left = Side(region, w => w.Right <= gutterLeft + Tolerance);
            yield return new TextFlow(left, top, startsPage, left.Max(l => l.Right));
            yield return new TextFlow(Side(region, w => w.Left >= gutterRight - Tolerance), region[0].Baseline, false, right);
            (next, startsPage) = (last + 1, false);
        }

        if (next < page.Count || startsPage)
        {
            yield return new TextFlow(Slice(page, next, page.Count), top, startsPage, right);
        }
    }

    private static IEnumerable<(int First, int Last, double GutterLeft, double GutterRight)> Regions(IReadOnlyList<PdfLine> page)
    {
        if (page.Count < 2)
        {
            yield break;
        }

        var minWidth = MinColumnShare * (page.Max(l => l.Right) - page.Min(l => l.Left));
        bool IsSplit(PdfLine line) =>
            line.Columns.Count == 2 && line.Columns.All(c => c[^1].Right - c[0].Left >= minWidth);

        for (var i = 0; i < page.Count; i++)
        {
            if (!IsSplit(page[i]))
            {
                continue;
            }

            var (left, right) = Gutter(page[i]);
            var (last, splits) = (i, 1);
            for (var j = i + 1; j < page.Count; j++)
            {
                if (IsSplit(page[j]))
                {
                    var (nextLeft, nextRight) = Gutter(page[j]);
                    if (Math.Max(left, nextLeft) >= Math.Min(right, nextRight))
                    {
                        break;
                    }

                    (left, right, last, splits) = (Math.Max(left, nextLeft), Math.Min(right, nextRight), j, splits + 1);
                }
                else if (page[j].Words.Any(w => w.Left < right && w.Right > left))
                {
                    break;
                }
            }

            if (splits >= 2)
            {
                yield return (i, last, left, right);
                i = last;
            }
        }
    }

    private static (double Left, double Right) Gutter(PdfLine line) => (line.Columns[0][^1].Right, line.Columns[1][0].Left);

    private static List<PdfLine> Side(IEnumerable<PdfLine> region, Func<PdfWord, bool> onSide) =>
        region.Select(line => (Line: line, Words: line.Words.Where(onSide).ToList()))
            .Where(part => part.Words.Count > 0)
            .Select(part => new PdfLine(part.Words, part.Line.Markers.Where(onSide).ToList(), part.Line.Baseline, PdfLine.MainSize(part.Words)))
            .ToList();

    private static List<PdfLine> Slice(IReadOnlyList<PdfLine> page, int from, int to) => page.Skip(from).Take(to - from).ToList();
}
