using System.Text;

namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// Writes lines in the "lines" shape: one printed line (or column piece) per line, a blank line where a paragraph
/// ends. A paragraph ends at a gap clearly wider than the usual line spacing, before an item number or bullet, where
/// bold or size changes (a heading), before an indented first line, after a short heading or header row whose text
/// hung at a tab stop, where a page or column starts lower than its usual top, and in justified text after a line
/// that ends a sentence short of the right margin.
/// </summary>
internal sealed class ParagraphWriter(BodyText body, bool justified)
{
    private const double ParagraphGap = 1.3;
    private const double LowerTop = 0.75;
    private const double Indent = 0.8;
    private const double SizeChange = 1.15;
    private const double SamePosition = 2;

    /// <summary>In points: a justified line ends this close to its flow's right edge.</summary>
    private const double AtRight = 1;

    /// <summary>Ragged text has a line or two at its widest by chance; justified text has many.</summary>
    private const double JustifiedShare = 0.1;
    private const int MinJustifiedLines = 3;

    /// <summary>In ems: a line ending this far short of its flow's right edge does not run on.</summary>
    private const double ShortOfRight = 2;

    private readonly StringBuilder _text = new();
    private PdfLine? _previous;
    private PdfLine? _paragraph;
    private TextFlow? _flow;

    public static string Write(IEnumerable<TextFlow> flows, BodyText body)
    {
        var written = flows.Where(f => f.Lines.Count > 0).ToList();
        var writer = new ParagraphWriter(body, IsJustified(written));
        foreach (var flow in written)
        {
            writer.Add(flow.Lines[0], flow);
            writer._flow = flow;
            foreach (var line in flow.Lines.Skip(1))
            {
                writer.Add(line, null);
            }
        }

        return writer._text.ToString();
    }

    private void Add(PdfLine line, TextFlow? starting)
    {
        if (_previous is not null && EndsParagraph(_previous, line, starting))
        {
            _text.Append('\n');
            _paragraph = line;
        }

        _paragraph ??= line;
        foreach (var column in line.Columns)
        {
            _text.Append(PdfLine.Join(column)).Append('\n');
        }

        _previous = line;
    }

    private bool EndsParagraph(PdfLine previous, PdfLine line, TextFlow? starting)
    {
        var jumps = starting is not null && (starting.StartsPage || line.Baseline > previous.Baseline);
        if (jumps ? line.Baseline < starting!.Top - (LowerTop * body.LineSpacing)
                  : previous.Baseline - line.Baseline > ParagraphGap * body.LineSpacing * Math.Max(1, Math.Max(previous.Size, line.Size) / body.Size))
        {
            return true;
        }

        if (previous.IsLoneMarker)
        {
            return false;
        }

        if (line.Lead == LeadKind.Marker || line.Bold != previous.Bold
            || Math.Max(line.Size, previous.Size) > SizeChange * Math.Min(line.Size, previous.Size))
        {
            return true;
        }

        var hanging = _paragraph?.TextLeft;
        if (hanging is not null)
        {
            return Math.Abs(line.Left - hanging.Value) > SamePosition && previous.Right < body.Right - (ShortOfRight * body.Size);
        }

        if (justified && previous.Right < _flow!.Right - AtRight && EndsSentence(previous.Text))
        {
            return true;
        }

        var columnJump = jumps && !starting!.StartsPage;
        return !columnJump && line.Left > previous.Left + (Indent * line.Size);
    }

    private static bool IsJustified(List<TextFlow> flows)
    {
        var atRight = flows.Sum(f => f.Lines.Count(l => l.Right >= f.Right - AtRight));
        return atRight >= Math.Max(MinJustifiedLines, JustifiedShare * flows.Sum(f => f.Lines.Count));
    }

    private static bool EndsSentence(string text)
    {
        var end = text.TrimEnd('"', '\'', ')', '”', '’');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or ':' or ';';
    }
}
