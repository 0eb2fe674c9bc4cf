namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// Reads the footnotes at the foot of a page: lines printed smaller than the body, from the first that starts with
/// a footnote number (raised or not) down. A line starts a new footnote when its number is raised or follows the
/// previous footnote's; any other line continues the footnote above it.
/// </summary>
internal static partial class FootnoteArea
{
    private const double Smaller = 0.9;

    /// <summary>Adds the page's footnotes to <paramref name="footnotes"/>; returns the page's other lines.</summary>
    public static IReadOnlyList<PdfLine> Split(IReadOnlyList<PdfLine> page, double bodySize, List<Footnote> footnotes)
    {
        var small = page.Count;
        while (small > 0 && page[small - 1].Size <= Smaller * bodySize)
        {
            small--;
        }

        var first = -1;
        for (var i = small; i < page.Count && first < 0; i++)
        {
            first = Number(page[i]) is not null ? i : -1;
        }

        if (first < 0)
        {
            return page;
        }

        string? marker = null;
        var text = new List<string>();
        for (var i = first; i < page.Count; i++)
        {
            var number = Number(page[i]);
            if (number is not null && (marker is null || number.Value.Raised || IsNext(number.Value.Marker, marker)))
            {
                Add(footnotes, marker, text);
                (marker, text) = (number.Value.Marker, [number.Value.Text]);
            }
            else
            {
                text.Add(page[i].Text);
            }
        }

        Add(footnotes, marker, text);
        return page.Take(first).ToList();
    }

    /// <summary>The footnote number a line starts with, and the rest of its text.</summary>
    private static (string Marker, string Text, bool Raised)? Number(PdfLine line)
    {
        var raised = line.Markers.FirstOrDefault(m => m.Right <= line.Left + 1 && FootnoteNumber().IsMatch(m.Text));
        if (raised is not null)
        {
            return (FootnoteNumber().Match(raised.Text).Groups["number"].Value, line.Text, true);
        }

        var match = FootnoteNumber().Match(line.Words[0].Text);
        return match.Success ? (match.Groups["number"].Value, PdfLine.Join(line.Words.Skip(1)), false) : null;
    }

    private static bool IsNext(string marker, string previous) =>
        int.TryParse(marker, out var number) && int.TryParse(previous, out var before) && number == before + 1;

    private static void Add(List<Footnote> footnotes, string? marker, List<string> text)
    {
        if (marker is not null)
        {
            footnotes.Add(new Footnote(marker, string.Join(' ', text.Where(t => t.Length > 0))));
        }
    }

    [GeneratedRegex(@"^(?<number>\d{1,3}|\*{1,3})[.)]?$")]
    private static partial Regex FootnoteNumber();
}
