using System.Text.RegularExpressions;

namespace MinutesWriter.Markup;

/// <summary>Reads a <c>.pdf.src</c> / <c>.docx.src</c> file into lines and pages, refusing what the markup does not allow.</summary>
internal static partial class SourceParser
{
    /// <summary>Latin-1 plus what Windows-1252 adds (dashes, curly quotes, bullet, euro): what Helvetica can print.</summary>
    private const string Windows1252Extras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    /// <exception cref="MarkupException">A line breaks the markup.</exception>
    public static MinutesSource Parse(string path, string text)
    {
        var raw = text.Replace("\r\n", "\n").Split('\n');
        var count = raw.Length > 0 && raw[^1].Length == 0 ? raw.Length - 1 : raw.Length;
        var pages = new List<SourcePage>();
        var lines = new List<SourceLine>();
        var autonumber = false;
        for (var i = 0; i < count; i++)
        {
            var line = Line(i + 1, raw[i].TrimEnd(), autonumber);
            switch (line)
            {
                case PageBreak:
                    pages.Add(new SourcePage(lines));
                    lines = [];
                    break;
                case AutoNumberLine:
                    autonumber = true;
                    lines.Add(line);
                    break;
                default:
                    lines.Add(line);
                    break;
            }
        }

        pages.Add(new SourcePage(lines));
        return new MinutesSource(path, pages);
    }

    private static SourceLine Line(int number, string text, bool autonumber)
    {
        if (text.FirstOrDefault(c => !Printable(c)) is var bad and not '\0')
            throw new MarkupException(number, $"character U+{(int)bad:X4} cannot be printed in Helvetica (Latin-1 only)");
        if (text.Trim().Length == 0)
            return new BlankLine(number);
        if (text.StartsWith('!'))
            return Directive(number, text);
        if (text.Split('\t', 2) is [var label, var value])
            return new HeaderRow(number, SpanParser.Parse(label.Trim()), SpanParser.Parse(value.Replace('\t', ' ').Trim()));

        var content = text.TrimStart(' ');
        var indent = text.Length - content.Length;
        if (autonumber && ListItem().Match(content) is { Success: true } item)
        {
            var (level, ordinal) = item.Groups["number"].Success
                ? (0, int.Parse(item.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture))
                : (1, item.Groups["letter"].Value[0] - 'a' + 1);
            var rest = item.Groups["bold"].Value + content[item.Length..];
            return new TextLine(number, indent, false, SpanParser.Parse(rest), new ListMark(level, ordinal, item.Groups["label"].Value));
        }

        return new TextLine(number, indent, false, SpanParser.Parse(content));
    }

    private static SourceLine Directive(int number, string text)
    {
        var (name, argument) = text.Split(' ', 2) is [var n, var a] ? (n, a.Trim()) : (text, "");
        return name switch
        {
            "!page" => new PageBreak(number),
            "!autonumber" => new AutoNumberLine(number),
            "!footer" => new FooterLine(number, argument.Split('|').Select(p => p.Trim()).ToList()),
            "!big" => new TextLine(number, 0, true, SpanParser.Parse(argument)),
            "!note" when argument.Split(' ', 2) is [var marker, var note] =>
                new NoteLine(number, marker, SpanParser.Parse(note.Trim())),
            _ => throw new MarkupException(number, $"unknown or incomplete directive '{text}'"),
        };
    }

    private static bool Printable(char c) =>
        c == '\t' || (c >= ' ' && c <= '~') || (c >= '\u00A0' && c <= '\u00FF') || Windows1252Extras.Contains(c);

    [GeneratedRegex(@"^(?<bold>\*\*)?(?<label>(?<number>[0-9]{1,3})\.|(?<letter>[a-z])\))\s+")]
    private static partial Regex ListItem();
}
