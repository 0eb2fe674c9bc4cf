using MinutesWriter.Markup;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MinutesWriter.Pdf;

/// <summary>
/// Lays source pages out on A4 pages: lines top down, header rows in two columns on one baseline, the page's footnotes
/// small at its foot above the footer, and the footer in effect when a page ends across the bottom of that page.
/// A source page too long for one page goes on over the next (with a warning); its footnotes go on its last page.
/// </summary>
internal sealed class PdfComposer(PdfDocumentBuilder builder, SpanPainter painter, Action<string> warn)
{
    private readonly List<(PdfPageBuilder Page, IReadOnlyList<string> Footer)> _finished = [];
    private PdfPageBuilder? _page;
    private IReadOnlyList<string> _footer = [];
    private double _cursor;
    private double _reserved;
    private bool _autonumberWarned;

    private PdfPageBuilder Page => _page ?? throw new InvalidOperationException("no page yet");

    private double PageWidth => Page.PageSize.Width;

    public void Lay(SourcePage sourcePage)
    {
        NewPage();
        var notes = sourcePage.Notes.Select(n => (n.Marker, Lines: Wrap(n.Spans, TextWidth - PdfLayout.NoteTextIndent, PdfLayout.NoteSize))).ToList();
        _reserved = notes.Count == 0 ? 0 : PdfLayout.NoteRuleGap + (notes.Sum(n => n.Lines.Count) * PdfLayout.NoteLeading);
        foreach (var line in sourcePage.Lines)
        {
            switch (line)
            {
                case BlankLine:
                    NextBaseline(PdfLayout.BodyLeading, line.Number);
                    break;
                case FooterLine f:
                    _footer = f.Pieces;
                    break;
                case AutoNumberLine when !_autonumberWarned:
                    _autonumberWarned = true;
                    warn($"line {line.Number}: !autonumber is for DOCX; the PDF prints the numbers as written");
                    break;
                case TextLine text:
                    LayText(text);
                    break;
                case HeaderRow row:
                    LayRow(row);
                    break;
            }
        }

        LayNotes(notes);
    }

    /// <summary>Closes the last page and prints every page's footer.</summary>
    public void Finish()
    {
        ClosePage();
        for (var i = 0; i < _finished.Count; i++)
            LayFooter(_finished[i].Page, _finished[i].Footer, i + 1);
    }

    private double TextWidth => PageWidth - PdfLayout.Left - PdfLayout.Right;

    private void LayText(TextLine text)
    {
        var (size, leading) = text.Big ? (PdfLayout.BigSize, PdfLayout.BigLeading) : (PdfLayout.BodySize, PdfLayout.BodyLeading);
        var x = PdfLayout.Left + SourceIndent.Points(text.Indent);
        var spans = text.List is { } mark
            ? [new Span(mark.Label + " ", text.Spans.Count > 0 && text.Spans[0].Bold), .. text.Spans]
            : text.Spans;
        var lines = Wrap(spans, PageWidth - PdfLayout.Right - x, size);
        if (lines.Count > 1)
            warn($"line {text.Number} is wider than the page; it was wrapped");
        foreach (var wrapped in lines)
        {
            var baseline = NextBaseline(leading, text.Number); // may open a new page, so it comes before Page is read
            painter.Draw(Page, wrapped, size, x, baseline);
        }
    }

    private void LayRow(HeaderRow row)
    {
        var valueX = PdfLayout.Left + PdfLayout.ValueColumn;
        var labels = Wrap(row.Label, PdfLayout.ValueColumn - 4, PdfLayout.BodySize);
        var values = Wrap(row.Value, PageWidth - PdfLayout.Right - valueX, PdfLayout.BodySize);
        for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
        {
            var baseline = NextBaseline(PdfLayout.BodyLeading, row.Number);
            if (i < labels.Count)
                painter.Draw(Page, labels[i], PdfLayout.BodySize, PdfLayout.Left, baseline);
            if (i < values.Count)
                painter.Draw(Page, values[i], PdfLayout.BodySize, valueX, baseline);
        }
    }

    private void LayNotes(IReadOnlyList<(string Marker, IReadOnlyList<IReadOnlyList<Span>> Lines)> notes)
    {
        if (notes.Count == 0)
            return;
        var top = PdfLayout.Bottom + _reserved;
        Page.DrawLine(new PdfPoint(PdfLayout.Left, top - 2), new PdfPoint(PdfLayout.Left + PdfLayout.NoteRuleWidth, top - 2), 0.5);
        var baseline = top - PdfLayout.NoteRuleGap;
        foreach (var (marker, lines) in notes)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                baseline -= PdfLayout.NoteLeading;
                if (i == 0)
                    painter.Draw(Page, [new Span(marker, false, Marker: true)], PdfLayout.NoteSize, PdfLayout.Left, baseline);
                painter.Draw(Page, lines[i], PdfLayout.NoteSize, PdfLayout.Left + PdfLayout.NoteTextIndent, baseline);
            }
        }
    }

    /// <summary>The pieces spread across the line: the first at the left margin, the last at the right, the others centred between.</summary>
    private void LayFooter(PdfPageBuilder target, IReadOnlyList<string> pieces, int number)
    {
        var width = target.PageSize.Width - PdfLayout.Left - PdfLayout.Right;
        for (var i = 0; i < pieces.Count; i++)
        {
            var text = pieces[i].Replace(FooterLine.PageNumber, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (text.Length == 0)
                continue;
            var textWidth = painter.Width(target, text, PdfLayout.FooterSize);
            var x = i == 0 ? PdfLayout.Left
                : i == pieces.Count - 1 ? PdfLayout.Left + width - textWidth
                : PdfLayout.Left + (i * width / (pieces.Count - 1)) - (textWidth / 2);
            painter.Draw(target, [new Span(text, false)], PdfLayout.FooterSize, x, PdfLayout.FooterBaseline);
        }
    }

    /// <summary>Moves down one line and returns its baseline; a line that would reach the footnotes starts a new page.</summary>
    private double NextBaseline(double leading, int sourceLine)
    {
        if (_cursor - leading < PdfLayout.Bottom + _reserved)
        {
            warn($"line {sourceLine}: the page is full; the rest of this source page goes on a new page");
            NewPage();
        }

        _cursor -= leading;
        return _cursor;
    }

    private IReadOnlyList<IReadOnlyList<Span>> Wrap(IReadOnlyList<Span> spans, double width, double size) =>
        LineWrapper.Wrap(spans, width, s => painter.Width(Page, s, size));

    private void NewPage()
    {
        ClosePage();
        _page = builder.AddPage(PageSize.A4);
        _cursor = _page.PageSize.Height - PdfLayout.Top;
    }

    private void ClosePage()
    {
        if (_page is not null)
            _finished.Add((_page, _footer));
    }
}
