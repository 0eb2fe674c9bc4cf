namespace WorkingParty.Minutes.Text;

/// <summary>
/// Tells, in text where the item numbers came out in a column of their own ("1." "2." then "Adoption of the agenda" ...
/// "Ship recycling"), which later line is the title the next waiting number belongs to: a line standing as a paragraph
/// of its own (or right after another title), reading as a whole title, and not carried on by the line after it, unless
/// it stands right after another title and wraps onto a line in lower case ("... of products" then "containing ...").
/// </summary>
public sealed class ColumnTitle(Regex titleStart, HeadingTitle titles)
{
    public bool IsTitle(IReadOnlyList<string> lines, int i, bool afterTitle)
    {
        var line = lines[i];
        if (line == TextNormaliser.ParagraphBreak || !titleStart.IsMatch(line) || !titles.IsWholeTitle(line))
        {
            return false;
        }

        var startsParagraph = afterTitle || i == 0 || lines[i - 1] == TextNormaliser.ParagraphBreak || lines[i - 1][^1] is '.' or '!' or '?' or ';' or ':';
        var endsParagraph = i + 1 == lines.Count || lines[i + 1] == TextNormaliser.ParagraphBreak || !char.IsLower(lines[i + 1][0])
            || afterTitle && titles.ContinuesWith(line, lines[i + 1], line, PrintedLines.None);
        return startsParagraph && endsParagraph;
    }
}
