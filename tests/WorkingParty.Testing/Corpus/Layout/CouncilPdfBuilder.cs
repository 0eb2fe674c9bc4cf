using UglyToad.PdfPig.Writer;

namespace WorkingParty.Testing.Corpus.Layout;

/// <summary>
/// Prints minutes as the Council's secretariat lays them out: A4, Times 12 pt; the letterhead ("Council of the /
/// European Union" left, issue date, "(OR. en)", document number, LIMITE and codes in a right column); the kind;
/// header rows with the label in a left column and the value, wrapping, in a right one; items numbered in the
/// margin with bold titles hanging at a tab, lettered sub-items one tab in; justified paragraphs; footnote
/// markers raised ("^1" in the text) with the footnote at the foot of the same page; a footer on every page.
/// </summary>
public sealed class CouncilPdfBuilder
{
    private const double Left = CouncilPages.Left;
    private const double Right = CouncilPages.Right;
    private const double Size = 12;
    private const double Leading = 14;
    private const double ParagraphSpace = 10;
    private const double Tab = 36;
    private const double ValueColumn = 100;
    private const double LetterheadSize = 14;
    private const double RightColumn = 340;
    private const double Gutter = 36;

    private readonly PdfDocumentBuilder _document = new();
    private readonly Typeface _typeface;
    private readonly CouncilPages _pages;
    private readonly Dictionary<string, string> _notes = [];

    public CouncilPdfBuilder()
    {
        _typeface = new Typeface(_document);
        _pages = new CouncilPages(_document, _typeface);
    }

    /// <summary>How far, in points, the baselines of a paragraph line's words stray up and down.</summary>
    public double BaselineJitter { get; init; }

    public int PageCount => _pages.Count;

    private Setting Body => new(Size, Bold: false, BaselineJitter);

    private Setting Heading => new(Size, Bold: true, BaselineJitter);

    /// <summary>The footer of every page: one string a line, "|" between pieces spread across it, "{page}" for the page number.</summary>
    public CouncilPdfBuilder Footer(params string[] lines)
    {
        _pages.Footer = lines;
        return this;
    }

    /// <summary>A line at the top of every page but the first, "|" and "{page}" as in the footer.</summary>
    public CouncilPdfBuilder RunningHead(string line)
    {
        _pages.RunningHead = line;
        return this;
    }

    public CouncilPdfBuilder Letterhead(string issueDate, string documentNumber, bool limite, params string[] codes)
    {
        var y = _pages.NextLine(Leading);
        _typeface.Print(_pages.Page, "Council of the", Left, y, LetterheadSize, bold: true);
        _typeface.Print(_pages.Page, $"Brussels, {issueDate}", RightColumn, y, Size, bold: false);
        y = _pages.NextLine(LetterheadSize + 2);
        _typeface.Print(_pages.Page, "European Union", Left, y, LetterheadSize, bold: true);
        _typeface.Print(_pages.Page, "(OR. en)", RightColumn, y, Size, bold: false);
        foreach (var (text, bold) in new[] { (documentNumber, true) }.Concat(limite ? [("LIMITE", true)] : []).Concat(codes.Select(c => (c, false))))
        {
            y = _pages.NextLine(bold ? LetterheadSize + 8 : Leading + 2);
            _typeface.Print(_pages.Page, text, RightColumn, y, bold ? LetterheadSize : Size, bold);
        }

        _pages.Space(2 * ParagraphSpace);
        return this;
    }

    /// <summary>"OUTCOME OF PROCEEDINGS", large and bold.</summary>
    public CouncilPdfBuilder Kind(string kind)
    {
        var y = _pages.NextLine(LetterheadSize + 4);
        _typeface.Print(_pages.Page, kind, Left, y, LetterheadSize, bold: true);
        _pages.Space(ParagraphSpace);
        return this;
    }

    public CouncilPdfBuilder HeaderRow(string label, string value)
    {
        var lines = Wrap(value, Right - Left - ValueColumn, Body);
        for (var i = 0; i < lines.Count; i++)
        {
            var y = NextLine(lines[i]);
            if (i == 0)
            {
                _typeface.Print(_pages.Page, label, Left, y, Size, bold: false);
            }

            LineBreaker.Print(_typeface, _pages.Page, lines[i], Left + ValueColumn, y, Body, 0, justified: false);
        }

        _pages.Space(ParagraphSpace / 2);
        return this;
    }

    public CouncilPdfBuilder Item(string number, string title) => Hanging(number, title, Left, Heading);

    public CouncilPdfBuilder SubItem(string letter, string title) => Hanging(letter, title, Left + Tab, Heading);

    public CouncilPdfBuilder Bullet(string text) => Hanging("•", text, Left + Tab, Body);

    /// <summary>A justified paragraph, set off from the one before by space.</summary>
    public CouncilPdfBuilder Paragraph(string text)
    {
        _pages.Space(ParagraphSpace);
        return Justified(text, firstIndent: 0);
    }

    /// <summary>A justified paragraph with no space before it and its first line indented one tab.</summary>
    public CouncilPdfBuilder IndentedParagraph(string text) => Justified(text, firstIndent: Tab);

    /// <summary>Two paragraphs side by side in two columns that share their baselines.</summary>
    public CouncilPdfBuilder Columns(string left, string right)
    {
        var width = (Right - Left - Gutter) / 2;
        var (leftLines, rightLines) = (Wrap(left, width, Body), Wrap(right, width, Body));
        _pages.Space(ParagraphSpace);
        for (var i = 0; i < Math.Max(leftLines.Count, rightLines.Count); i++)
        {
            var y = NextLine([.. leftLines.ElementAtOrDefault(i) ?? [], .. rightLines.ElementAtOrDefault(i) ?? []]);
            PrintColumnLine(leftLines, i, Left, y, width);
            PrintColumnLine(rightLines, i, Left + width + Gutter, y, width);
        }

        return this;
    }

    /// <summary>The text of footnote <paramref name="marker"/>, printed at the foot of the page where "^marker" appears.</summary>
    public CouncilPdfBuilder Footnote(string marker, string text)
    {
        _notes[marker] = text;
        return this;
    }

    public CouncilPdfBuilder PageBreak()
    {
        _pages.Turn();
        return this;
    }

    public byte[] Build()
    {
        _pages.Finish();
        return _document.Build();
    }

    private CouncilPdfBuilder Hanging(string lead, string text, double x, Setting setting)
    {
        _pages.Space(ParagraphSpace);
        var lines = Wrap(text, Right - x - Tab, setting);
        for (var i = 0; i < lines.Count; i++)
        {
            var y = NextLine(lines[i]);
            if (i == 0)
            {
                _typeface.Print(_pages.Page, lead, x, y, Size, setting.Bold);
            }

            LineBreaker.Print(_typeface, _pages.Page, lines[i], x + Tab, y, setting, 0, justified: false);
        }

        return this;
    }

    private CouncilPdfBuilder Justified(string text, double firstIndent)
    {
        var lines = LineBreaker.Wrap(_typeface, _pages.Page, PrintedWord.Split(text), Right - Left, Body, firstIndent);
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = i == 0 ? firstIndent : 0;
            var y = NextLine(lines[i]);
            LineBreaker.Print(_typeface, _pages.Page, lines[i], Left + indent, y, Body, Right - Left - indent, justified: i < lines.Count - 1);
        }

        return this;
    }

    private void PrintColumnLine(List<List<PrintedWord>> lines, int index, double x, double y, double width)
    {
        if (index < lines.Count)
        {
            LineBreaker.Print(_typeface, _pages.Page, lines[index], x, y, Body, width, justified: index < lines.Count - 1);
        }
    }

    private List<List<PrintedWord>> Wrap(string text, double width, Setting setting) =>
        LineBreaker.Wrap(_typeface, _pages.Page, PrintedWord.Split(text), width, setting);

    private double NextLine(IReadOnlyList<PrintedWord> line) =>
        _pages.NextLine(Leading, line.SelectMany(w => w.Markers).Select(m => (m, _notes[m])).ToList());
}
