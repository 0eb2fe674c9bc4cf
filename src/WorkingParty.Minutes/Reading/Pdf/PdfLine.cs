namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// The words printed on one baseline, left to right, with what the layout tells about them: the lead (item number
/// or header label) and, when the text after it hangs at a tab stop, where that text starts; the columns the line
/// spreads over; whether it is bold. Raised footnote markers are kept apart from the words.
/// </summary>
internal sealed class PdfLine
{
    /// <summary>In ems: a wider gap after a lead means the text after it hangs at a tab stop.</summary>
    private const double HangingGap = 0.8;

    /// <summary>In ems: a wider gap between words means they stand in different columns.</summary>
    private const double ColumnGap = 2.0;

    /// <summary>In ems: words closer than this are one word printed in two fonts.</summary>
    private const double JoinedGap = 0.15;

    /// <summary>How many of <see cref="Words"/> the lead takes.</summary>
    private readonly int _leadWords;
    private string? _text;

    public PdfLine(IReadOnlyList<PdfWord> words, IReadOnlyList<PdfWord> markers, double baseline, double size)
    {
        Words = words;
        Markers = markers;
        Baseline = baseline;
        Size = size;
        var (lead, leadWords) = LineLead.Of(words);
        var hangs = leadWords > 0 && leadWords < words.Count && words[leadWords].Left - words[leadWords - 1].Right > HangingGap * size;
        Lead = lead == LeadKind.Label && !hangs ? LeadKind.None : lead;
        _leadWords = Lead == LeadKind.None ? 0 : leadWords;
        TextLeft = hangs && Lead != LeadKind.None ? words[leadWords].Left : null;
        Bold = words.Skip(Lead == LeadKind.Marker && words.Count > 1 ? 1 : 0).All(w => w.Bold);
        Columns = SplitColumns();
    }

    public IReadOnlyList<PdfWord> Words { get; }

    /// <summary>Raised footnote markers ("1" after "measures"), not part of the running text.</summary>
    public IReadOnlyList<PdfWord> Markers { get; }

    public double Baseline { get; }

    /// <summary>The size most of the line is printed in.</summary>
    public double Size { get; }

    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public LeadKind Lead { get; }

    /// <summary>Where the text after a tab-aligned lead starts: lines of the same paragraph continue there.</summary>
    public double? TextLeft { get; }

    public bool Bold { get; }

    /// <summary>The words by column (a lead goes with the column that follows it).</summary>
    public IReadOnlyList<IReadOnlyList<PdfWord>> Columns { get; }

    public bool IsLoneMarker => Lead == LeadKind.Marker && Words.Count == 1;

    public string Text => _text ??= Join(Words);

    /// <summary>The size most of the words' letters are printed in (to the half point).</summary>
    public static double MainSize(IEnumerable<PdfWord> words) =>
        words.GroupBy(w => Math.Round(w.Size * 2) / 2).MaxBy(g => g.Sum(w => w.Text.Length))?.Key ?? 0;

    /// <summary>The words as written: one space between them, none between parts of one word.</summary>
    public static string Join(IEnumerable<PdfWord> words)
    {
        var text = new System.Text.StringBuilder();
        PdfWord? previous = null;
        foreach (var word in words)
        {
            if (previous is not null && word.Left - previous.Right > JoinedGap * word.Size)
            {
                text.Append(' ');
            }

            text.Append(word.Text);
            previous = word;
        }

        return text.ToString();
    }

    private List<IReadOnlyList<PdfWord>> SplitColumns()
    {
        var columns = new List<IReadOnlyList<PdfWord>>();
        var current = Words.Take(_leadWords).ToList();
        for (var i = _leadWords; i < Words.Count; i++)
        {
            if (i > _leadWords && Words[i].Left - Words[i - 1].Right > ColumnGap * Size)
            {
                columns.Add(current);
                current = [];
            }

            current.Add(Words[i]);
        }

        columns.Add(current);
        return columns;
    }
}
