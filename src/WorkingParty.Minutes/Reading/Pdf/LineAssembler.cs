namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// Rebuilds a page's lines from its words. Words of one line share a baseline within a fraction of their size.
/// A superscript sits higher and smaller: it belongs to the line below it. A raised marker of digits or signs
/// (a footnote reference) is kept apart from the running words; raised letters (the "st" of "1st") join their word.
/// </summary>
internal static class LineAssembler
{
    /// <summary>Of the smaller size: baselines closer than this are one line.</summary>
    private const double SameLine = 0.2;

    /// <summary>A superscript is at most this share of the line's size.</summary>
    private const double Smaller = 0.85;

    /// <summary>In ems of the line below: how far above its baseline a superscript may sit.</summary>
    private const double SuperscriptReach = 0.6;

    /// <summary>In ems: how far above the baseline a smaller word must sit to be raised.</summary>
    private const double Raised = 0.1;

    private const int MaxMarkerLength = 3;

    public static List<PdfLine> Assemble(IEnumerable<PdfWord> words)
    {
        var rows = Rows(words);
        var lines = new List<PdfLine>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i + 1 < rows.Count && IsSuperscriptOf(rows[i], rows[i + 1]))
            {
                rows[i + 1].AddRange(rows[i]);
            }
            else
            {
                lines.Add(ToLine(rows[i]));
            }
        }

        return lines;
    }

    private static List<List<PdfWord>> Rows(IEnumerable<PdfWord> words)
    {
        var rows = new List<List<PdfWord>>();
        foreach (var word in words.OrderByDescending(w => w.Baseline))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && row[0].Baseline - word.Baseline <= SameLine * Math.Min(row[0].Size, word.Size))
            {
                row.Add(word);
            }
            else
            {
                rows.Add([word]);
            }
        }

        return rows;
    }

    private static bool IsSuperscriptOf(List<PdfWord> upper, List<PdfWord> lower)
    {
        var size = PdfLine.MainSize(lower);
        var smaller = upper.All(w => w.Size <= Smaller * size);
        var markers = upper.All(w => w.Text.Length <= MaxMarkerLength && !w.Text.Any(char.IsLetter));
        return (smaller || markers) && upper[0].Baseline - lower[0].Baseline <= SuperscriptReach * size;
    }

    private static PdfLine ToLine(List<PdfWord> row)
    {
        var size = PdfLine.MainSize(row);
        var baseline = row.Where(w => Math.Abs(w.Size - size) < 0.5).Min(w => w.Baseline);
        var words = new List<PdfWord>(row.Count);
        var markers = new List<PdfWord>();
        foreach (var word in row.OrderBy(w => w.Left))
        {
            var raised = word.Size <= Smaller * size && word.Baseline - baseline >= Raised * size
                || word.Baseline - baseline > SameLine * size;
            if (!raised)
            {
                words.Add(word);
            }
            else if (word.Text.All(char.IsLetter) && words.Count > 0 && word.Left - words[^1].Right < Raised * size)
            {
                words[^1] = words[^1] with { Text = words[^1].Text + word.Text, Right = word.Right };
            }
            else
            {
                markers.Add(word);
            }
        }

        return words.Count > 0 ? new PdfLine(words, markers, baseline, size) : new PdfLine(markers, [], baseline, size);
    }
}
