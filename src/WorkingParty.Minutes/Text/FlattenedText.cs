using System.Text.RegularExpressions;
using WorkingParty.Minutes.Definitions;

namespace WorkingParty.Minutes.Text;

/// <summary>
/// Gives lines back to text extracted without line breaks, where header fields, items, sub-items, bullets and page
/// footers run on one line separated by runs of spaces. Footers are cut out first, leaving a paragraph break.
/// Lines of ordinary length are left as they are.
/// </summary>
public sealed class FlattenedText
{
    private readonly int _longLine;
    private readonly Regex _footer;
    private readonly Regex _breaks;

    public FlattenedText(MinutesDefinitions definitions, PatternTemplate template)
    {
        var layout = definitions.Layout;
        _longLine = layout.FlattenedLineLength;
        _footer = template.Compile(layout.FlattenedFooter);
        _breaks = template.Compile(string.Join("|", layout.FlattenedBreaks.Select(b => $"(?:{b})")));
    }

    public IEnumerable<string> Unflatten(IEnumerable<string> rawLines)
    {
        foreach (var line in rawLines)
        {
            if (line.Length < _longLine)
            {
                yield return line;
                continue;
            }

            foreach (var piece in _footer.Replace(line, "\n \n").Split('\n'))
            {
                foreach (var part in _breaks.Split(piece))
                {
                    yield return part;
                }
            }
        }
    }
}
