using System.Text.RegularExpressions;
using WorkingParty.Minutes.Definitions;

namespace WorkingParty.Minutes.Text;

/// <summary>
/// Cuts normalised lines at numbered agenda headings. Only the next number (1, then 2, ...) starts an item,
/// so numbers always ascend and a stray "3." in a paragraph cannot reorder the agenda.
/// A title wraps onto the following line when it ends mid-phrase or that line starts in lower case or with a digit.
/// </summary>
public sealed class ItemSplitter
{
    private readonly IReadOnlyList<Regex> _headings;
    private readonly Regex _continuesAfter;
    private readonly Regex _continuationStart;
    private readonly int _maxTitleLength;

    public ItemSplitter(MinutesDefinitions definitions, PatternTemplate template)
    {
        _headings = definitions.Text.ItemHeadings.Select(p => template.Compile(p)).ToList();
        _continuesAfter = template.Compile(definitions.Text.TitleContinuesAfter);
        _continuationStart = template.Compile(definitions.Text.TitleContinuationStart);
        _maxTitleLength = definitions.Text.MaxItemTitleLength;
    }

    public SplitMinutes Split(IReadOnlyList<string> lines)
    {
        var heading = new List<string>();
        var items = new List<RawItem>();
        List<string>? body = null;
        (int Number, string Title) current = (0, "");

        for (var i = 0; i < lines.Count; i++)
        {
            var next = items.Count + (body is null ? 1 : 2);
            if (TryHeading(lines[i], next, out var title))
            {
                if (body is not null)
                {
                    items.Add(new RawItem(current.Number, current.Title, Trim(body)));
                }

                while (i + 1 < lines.Count && ContinuesTitle(title, lines[i + 1], next + 1))
                {
                    title = $"{title} {lines[++i]}";
                }

                current = (next, title);
                body = [];
            }
            else
            {
                (body ?? heading).Add(lines[i]);
            }
        }

        if (body is not null)
        {
            items.Add(new RawItem(current.Number, current.Title, Trim(body)));
        }

        return new SplitMinutes(Trim(heading), items);
    }

    private bool TryHeading(string line, int expectedNumber, out string title)
    {
        foreach (var heading in _headings)
        {
            var match = heading.Match(line);
            if (match.Success && int.TryParse(match.Groups["number"].ValueSpan, out var number) && number == expectedNumber
                && match.Groups["title"].Length <= _maxTitleLength)
            {
                title = match.Groups["title"].Value.Trim();
                return true;
            }
        }

        title = "";
        return false;
    }

    private bool ContinuesTitle(string title, string line, int nextNumber) =>
        line != TextNormaliser.ParagraphBreak
        && !TryHeading(line, nextNumber, out _)
        && title.Length + line.Length < _maxTitleLength
        && (_continuesAfter.IsMatch(title) || _continuationStart.IsMatch(line));

    private static List<string> Trim(List<string> lines)
    {
        var start = lines.FindIndex(l => l != TextNormaliser.ParagraphBreak);
        var end = lines.FindLastIndex(l => l != TextNormaliser.ParagraphBreak);
        return start < 0 ? [] : lines.GetRange(start, end - start + 1);
    }
}
