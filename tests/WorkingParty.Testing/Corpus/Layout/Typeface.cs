using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace WorkingParty.Testing.Corpus.Layout;

/// <summary>
/// Times, regular and bold, and what a word takes on the line. A raised run is printed smaller and higher.
/// PdfPig writes its standard fonts in the standard encoding: ASCII and the punctuation it carries (– ’ “ ” •),
/// no accented letters.
/// </summary>
internal sealed class Typeface(PdfDocumentBuilder document)
{
    public const double RaisedSize = 7;
    public const double Rise = 4;

    private readonly PdfDocumentBuilder.AddedFont _regular = document.AddStandard14Font(Standard14Font.TimesRoman);
    private readonly PdfDocumentBuilder.AddedFont _bold = document.AddStandard14Font(Standard14Font.TimesBold);
    private readonly Dictionary<(string, double, bool), double> _widths = [];

    public double Width(PdfPageBuilder page, string text, double size, bool bold)
    {
        if (!_widths.TryGetValue((text, size, bold), out var width))
        {
            var letters = page.MeasureText(text, size, new PdfPoint(0, 0), Font(bold));
            width = letters.Count > 0 ? letters[^1].EndBaseLine.X : 0;
            _widths[(text, size, bold)] = width;
        }

        return width;
    }

    public double Width(PdfPageBuilder page, PrintedWord word, double size, bool bold) =>
        word.Runs.Sum(run => run.Raised ? Width(page, run.Text, RaisedSize, false) : Width(page, run.Text, size, bold));

    /// <returns>Where the word ends.</returns>
    public double Print(PdfPageBuilder page, PrintedWord word, double x, double y, double size, bool bold)
    {
        foreach (var (text, raised) in word.Runs)
        {
            if (raised)
            {
                page.AddText(text, RaisedSize, new PdfPoint(x, y + Rise), _regular);
                x += Width(page, text, RaisedSize, false);
            }
            else
            {
                page.AddText(text, size, new PdfPoint(x, y), Font(bold));
                x += Width(page, text, size, bold);
            }
        }

        return x;
    }

    public double Print(PdfPageBuilder page, string text, double x, double y, double size, bool bold)
    {
        page.AddText(text, size, new PdfPoint(x, y), Font(bold));
        return x + Width(page, text, size, bold);
    }

    public PdfDocumentBuilder.AddedFont Font(bool bold) => bold ? _bold : _regular;
}
