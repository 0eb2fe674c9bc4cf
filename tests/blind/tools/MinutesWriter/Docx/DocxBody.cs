using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesWriter.Markup;

namespace MinutesWriter.Docx;

/// <summary>
/// The document body: one paragraph per source line (a blank line is an empty paragraph), consecutive header rows as a
/// borderless two-column table, <c>!page</c> as a page break, and a new section where the footer changes after content.
/// </summary>
internal sealed class DocxBody(MinutesSource source, DocxFootnotes footnotes, DocxNumbering numbering, Func<IReadOnlyList<string>, string> footerPart)
{
    private readonly List<OpenXmlElement> _elements = [];
    private Table? _table;
    private IReadOnlyList<string> _footer = [];
    private bool _sectionHasContent;

    public Body Build()
    {
        for (var p = 0; p < source.Pages.Count; p++)
        {
            if (p > 0)
                Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            foreach (var line in source.Pages[p].Lines)
                Add(line, source.Pages[p]);
        }

        _table = null;
        if (_elements.LastOrDefault() is not Paragraph)
            _elements.Add(new Paragraph());
        return new Body([.. _elements, Section(type: null)]);
    }

    private void Add(SourceLine line, SourcePage page)
    {
        switch (line)
        {
            case BlankLine:
                Add(new Paragraph());
                break;
            case FooterLine f:
                ChangeFooter(f.Pieces);
                break;
            case NoteLine note when !footnotes.IsReferenced(note):
                Add(new Paragraph([DocxRuns.Run(note.Marker, DocxLayout.NoteSize, superscript: true), DocxRuns.Run(" ", DocxLayout.NoteSize),
                    .. DocxRuns.Plain(note.Spans, DocxLayout.NoteSize)]));
                break;
            case TextLine text:
                Add(new Paragraph([Properties(text), .. Runs(text.Spans, text.Big ? DocxLayout.BigSize : null, page, text.Number)]));
                break;
            case HeaderRow row:
                if (_table is null)
                    Add(_table = NewTable());
                _table.Append(new TableRow(
                    Cell(DocxLayout.LabelColumn, Runs(row.Label, null, page, row.Number)),
                    Cell(DocxLayout.TextWidth - DocxLayout.LabelColumn, Runs(row.Value, null, page, row.Number))));
                break;
        }
    }

    private void Add(OpenXmlElement element)
    {
        if (element is not Table)
            _table = null;
        _elements.Add(element);
        _sectionHasContent = true;
    }

    /// <summary>A footer set before any content is the section's own; later, the section ends here (at the page break, if one was just made).</summary>
    private void ChangeFooter(IReadOnlyList<string> pieces)
    {
        if (_sectionHasContent)
        {
            var atPageBreak = _elements[^1] is Paragraph last && last.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page);
            if (atPageBreak)
                _elements.RemoveAt(_elements.Count - 1);
            Add(new Paragraph(new ParagraphProperties(Section(atPageBreak ? SectionMarkValues.NextPage : SectionMarkValues.Continuous))));
        }

        _footer = pieces;
        _sectionHasContent = false;
    }

    private ParagraphProperties Properties(TextLine text) => text switch
    {
        { List: { } mark } => numbering.Properties(mark, text.Number),
        { Indent: > 0 } => new ParagraphProperties(new Indentation { Left = DocxLayout.Indent(text.Indent) }),
        _ => new ParagraphProperties(),
    };

    private List<Run> Runs(IReadOnlyList<Span> spans, string? size, SourcePage page, int line) =>
        DocxRuns.Body(spans, size, span => footnotes.Reference(page, span.Text, line)).ToList();

    private SectionProperties Section(SectionMarkValues? type)
    {
        var section = new SectionProperties();
        if (_footer.Count > 0)
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerPart(_footer) });
        if (type is { } mark)
            section.Append(new SectionType { Val = mark });
        section.Append(
            new PageSize { Width = (uint)DocxLayout.PageWidth, Height = (uint)DocxLayout.PageHeight },
            new PageMargin
            {
                Top = DocxLayout.Top, Bottom = DocxLayout.Bottom, Left = (uint)DocxLayout.Left, Right = (uint)DocxLayout.Right,
                Header = (uint)DocxLayout.FooterDistance, Footer = (uint)DocxLayout.FooterDistance, Gutter = 0,
            });
        return section;
    }

    private static Table NewTable() => new(
        new TableProperties(
            new TableWidth { Width = DocxLayout.TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(
            new GridColumn { Width = DocxLayout.LabelColumn.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new GridColumn { Width = (DocxLayout.TextWidth - DocxLayout.LabelColumn).ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static TableCell Cell(int width, IEnumerable<Run> runs) => new(
        new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
        new Paragraph(runs));
}
