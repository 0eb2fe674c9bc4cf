using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace WorkingParty.Testing.Corpus.Layout;

/// <summary>
/// The pages of an A4 Council document: where the next line goes, a new page when it would not fit above the
/// page's footnotes, and at the end of each page its footnotes (under a short rule) and its footer.
/// </summary>
internal sealed class CouncilPages
{
    public const double Left = 70;
    public const double Right = 525;
    public const double Top = 780;

    private const double Bottom = 80;
    private const double RunningHeadBaseline = 810;
    private const double FooterTop = 48;
    private const double FooterSize = 10;
    private const double FooterLeading = 12;
    private const double NoteSize = 9;
    private const double NoteLeading = 10.5;
    private const double NoteIndent = 8;
    private const double NoteGap = 8;
    private const double RuleLength = 150;
    private const double FirstLineHeight = 14;

    private readonly PdfDocumentBuilder _document;
    private readonly Typeface _typeface;
    private readonly List<(string Marker, List<string> Lines)> _notes = [];
    private double _y;

    public CouncilPages(PdfDocumentBuilder document, Typeface typeface)
    {
        (_document, _typeface) = (document, typeface);
        Page = document.AddPage(PageSize.A4);
        _y = Top + FirstLineHeight;
    }

    /// <summary>"|" spreads a line's pieces across the page; "{page}" is the page number.</summary>
    public IReadOnlyList<string> Footer { get; set; } = [];

    /// <summary>Printed at the top of every page but the first; "{page}" is the page number.</summary>
    public string? RunningHead { get; set; }

    public PdfPageBuilder Page { get; private set; }

    public int Count => Page.PageNumber;

    private double NotesHeight => _notes.Count == 0 ? 0 : (_notes.Sum(n => n.Lines.Count) * NoteLeading) + NoteGap;

    /// <summary>The baseline of the next line, <paramref name="height"/> below the last, on a new page if it would not fit.</summary>
    /// <param name="notes">The footnotes the line refers to: they go at the foot of the same page.</param>
    public double NextLine(double height, IReadOnlyList<(string Marker, string Text)>? notes = null)
    {
        var wrapped = (notes ?? []).Select(n => (n.Marker, Wrap(n.Text))).ToList();
        var needed = wrapped.Sum(n => n.Item2.Count) * NoteLeading + (_notes.Count == 0 && wrapped.Count > 0 ? NoteGap : 0);
        if (_y - height < Bottom + NotesHeight + needed)
        {
            Turn();
            _y = Top + height;
        }

        _notes.AddRange(wrapped);
        _y -= height;
        return _y;
    }

    /// <summary>Space before the next line (dropped at the top of a page).</summary>
    public void Space(double height) => _y -= height;

    public void Turn()
    {
        Finish();
        Page = _document.AddPage(PageSize.A4);
    }

    /// <summary>Prints the page's footnotes and footer; call once, for the last page, before building.</summary>
    public void Finish()
    {
        var y = Bottom + NotesHeight - NoteGap;
        if (_notes.Count > 0)
        {
            Page.DrawLine(new PdfPoint(Left, y + NoteGap - 2), new PdfPoint(Left + RuleLength, y + NoteGap - 2), 0.5);
        }

        foreach (var (marker, lines) in _notes)
        {
            Page.AddText(marker, Typeface.RaisedSize, new PdfPoint(Left, y - NoteLeading + Typeface.Rise), _typeface.Font(bold: false));
            foreach (var line in lines)
            {
                y -= NoteLeading;
                _typeface.Print(Page, line, Left + NoteIndent, y, NoteSize, bold: false);
            }
        }

        _notes.Clear();
        for (var i = 0; i < Footer.Count; i++)
        {
            PrintSpread(Numbered(Footer[i]), FooterTop - (i * FooterLeading));
        }

        if (RunningHead is not null && Count > 1)
        {
            PrintSpread(Numbered(RunningHead), RunningHeadBaseline);
        }
    }

    private string Numbered(string text) => text.Replace("{page}", Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private List<string> Wrap(string text) =>
        LineBreaker.Wrap(_typeface, Page, PrintedWord.Split(text), Right - Left - NoteIndent, new Setting(NoteSize, Bold: false, BaselineJitter: 0))
            .Select(line => string.Join(' ', line.Select(w => string.Concat(w.Runs.Select(r => r.Text)))))
            .ToList();

    private void PrintSpread(string line, double y)
    {
        var pieces = line.Split('|');
        for (var i = 0; i < pieces.Length; i++)
        {
            var width = _typeface.Width(Page, pieces[i], FooterSize, false);
            var x = i == pieces.Length - 1 && i > 0 ? Right - width : Left + (i * (Right - Left) / pieces.Length);
            _typeface.Print(Page, pieces[i], x, y, FooterSize, bold: false);
        }
    }
}
