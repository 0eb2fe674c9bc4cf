namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// Drops what is printed on the pages rather than in the text, from a page's foot and top inwards: lines repeated
/// in the same place on most pages (footers and running heads, their page numbers masked), lines of codes below
/// the lowest or above the highest line of prose in the document (a footer on a single page, a running head on a
/// last page), and bare page numbers at the top.
/// </summary>
internal static class PageFurniture
{
    /// <summary>In points: two lines whose baselines are this close stand in the same place.</summary>
    private const double SamePlace = 2;

    private const double MostPages = 0.5;

    /// <param name="pages">Each page's lines, top to bottom.</param>
    public static List<IReadOnlyList<PdfLine>> Remove(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var repeated = Repeated(pages);
        bool IsRepeated(PdfLine line) => repeated.Contains(line);

        var prose = pages.SelectMany(p => p).Where(l => !IsRepeated(l) && !FurnitureLine.IsCodes(l)).Select(l => l.Baseline).ToList();
        var (proseTop, proseBottom) = prose.Count > 0 ? (prose.Max(), prose.Min()) : (double.MaxValue, double.MinValue);
        var kept = new List<IReadOnlyList<PdfLine>>(pages.Count);
        foreach (var page in pages)
        {
            var start = 0;
            while (start < page.Count && (IsRepeated(page[start]) || FurnitureLine.IsPageNumber(page[start])
                || (FurnitureLine.IsCodes(page[start]) && page[start].Baseline > proseTop)))
            {
                start++;
            }

            var end = page.Count;
            while (end > start && (IsRepeated(page[end - 1]) || (FurnitureLine.IsCodes(page[end - 1]) && page[end - 1].Baseline < proseBottom)))
            {
                end--;
            }

            kept.Add(page.Skip(start).Take(end - start).ToList());
        }

        return kept;
    }

    private static HashSet<PdfLine> Repeated(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        if (pages.Count < 2)
        {
            return [];
        }

        var needed = Math.Max(2, (int)Math.Ceiling(pages.Count * MostPages));
        return pages.SelectMany((page, number) => page.Select(line => (Place: Place(line), Page: number, Line: line)))
            .GroupBy(found => found.Place)
            .Where(place => place.Select(found => found.Page).Distinct().Count() >= needed)
            .SelectMany(place => place.Select(found => found.Line))
            .ToHashSet();
    }

    private static (long, string) Place(PdfLine line) => ((long)Math.Round(line.Baseline / SamePlace), FurnitureLine.Masked(line));
}
