using System.Text;

namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// Writes lines in the "lines" shape: one printed line (or column piece) per line, a blank line where a paragraph
/// ends. A paragraph ends at a gap clearly wider than the usual line spacing, before an item number or bullet, where
/// bold or size changes (a heading), before an indented first line, after a short heading or header row whose text
/// hung at a tab stop, and where a page or column starts lower than its usual top.
/// </summary>
internal sealed class ParagraphWriter(BodyText body)
{
    private const double ParagraphGap = 1.3;
    private const double LowerTop = 0.75;
    private const double Indent = 0.8;
    private const double SizeChange = 1.15;
    private const double SamePosition = 2;

    /// <summary>In ems: a line ending this far short of the right margin does not run on.</summary>
    private const double ShortOfRight = 2;

    private readonly StringBuilder _text = new();
    private PdfLine? _previous;
    private PdfLine? _paragraph;

    public static string Write(IEnumerable<TextFlow> flows, BodyText body)
    {
        var writer = new ParagraphWriter(body);
        foreach (var flow in flows)
        {
            for (var i = 0; i < flow.Lines.Count; i++)
            {
                writer.Add(flow.Lines[i], i == 0 ? flow : null);
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
        if (jumps && line.Baseline < starting!.Top - (LowerTop * body.LineSpacing))
        {
            return true;
        }

        var scale = Math.Max(1, Math.Max(previous.Size, line.Size) / body.Size);
        if (!jumps && previous.Baseline - line.Baseline > ParagraphGap * body.LineSpacing * scale)
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

        return !jumps && line.Left > previous.Left + (Indent * line.Size);
    }
}
