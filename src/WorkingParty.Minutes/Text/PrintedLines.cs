namespace WorkingParty.Minutes.Text;

/// <summary>
/// Whether a document's paragraphs are its printed lines (a DOCX or PDF where every line became a paragraph): many
/// one-line paragraphs as wide as the text that stop mid-sentence. In such a document a line that fills the width and
/// has no final stop goes on in the next paragraph, whatever letter that starts with. <see cref="WrapWidth"/> is the
/// width from which a line of any document reads as wrapped (near the longest lines of its text).
/// </summary>
public sealed record PrintedLines(bool AreParagraphs, int FullWidth, int WrapWidth = int.MaxValue)
{
    private const int MinUnfinished = 3;
    private const double UnfinishedShare = 0.15;
    private const double WidthShare = 0.7;
    private const double WrapShare = 0.85;

    /// <summary>In characters: narrower text is a header or a list, not printed prose.</summary>
    private const int MinWidth = 50;

    public static PrintedLines None { get; } = new(false, int.MaxValue);

    public static PrintedLines Measure(IReadOnlyList<string> lines)
    {
        var lengths = new List<int>();
        var oneLine = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] == TextNormaliser.ParagraphBreak)
            {
                continue;
            }

            lengths.Add(lines[i].Length);
            if ((i == 0 || lines[i - 1] == TextNormaliser.ParagraphBreak) && (i + 1 == lines.Count || lines[i + 1] == TextNormaliser.ParagraphBreak))
            {
                oneLine.Add(lines[i]);
            }
        }

        if (lengths.Count == 0)
        {
            return None;
        }

        lengths.Sort();
        var longest = lengths[(int)(0.9 * (lengths.Count - 1))];
        var width = (int)(WidthShare * longest);
        var wrap = (int)(WrapShare * longest);
        if (wrap < MinWidth)
        {
            return None;
        }

        var unfinished = oneLine.Count(l => l.Length >= width && !EndsSentence(l));
        return new PrintedLines(unfinished >= MinUnfinished && unfinished >= UnfinishedShare * oneLine.Count && width >= MinWidth, width, wrap);
    }

    /// <summary>Whether the line ends a printed line that the next paragraph carries on.</summary>
    public bool RunsOn(string line) => AreParagraphs && line.Length >= FullWidth && !EndsSentence(line);

    /// <summary>Whether the line is as wide as the text's long lines and stops on no stop or colon: it was wrapped, not ended.</summary>
    public bool Wrapped(string line) => line.Length >= WrapWidth && !EndsSentence(line) && line[^1] != ':';

    private static bool EndsSentence(string line) => line.TrimEnd('"', '\'', ')') is { Length: > 0 } end && end[^1] is '.' or '!' or '?' or ';';
}
