namespace WorkingParty.Minutes.Text;

/// <summary>
/// Splits the lines before item 1 into the header block and the prose after it ("The meeting, originally set for 3
/// June, took place on 10 June; DK and MT joined remotely."): prose starts at the first paragraph that reads as
/// sentences (long enough, ending with a stop, not a "Label:" line) and runs to the end.
/// </summary>
public static class HeadingProse
{
    private const int MinWords = 8;
    private const int LabelWithin = 25;

    public static (IReadOnlyList<string> Header, IReadOnlyList<string> Prose) Split(IReadOnlyList<string> heading)
    {
        var start = 0;
        for (var i = 0; i <= heading.Count; i++)
        {
            if (i < heading.Count && heading[i] != TextNormaliser.ParagraphBreak)
            {
                continue;
            }

            if (i > start && IsProse(heading, start, i))
            {
                return (heading.Take(start).ToList(), heading.Skip(start).ToList());
            }

            start = i + 1;
        }

        return (heading, []);
    }

    private static bool IsProse(IReadOnlyList<string> heading, int start, int end)
    {
        var lines = heading.Skip(start).Take(end - start).ToList();
        if (lines.Any(l => l.IndexOf(':') is > 0 and < LabelWithin))
        {
            return false;
        }

        var text = string.Join(' ', lines).TrimEnd('"', '\'', ')');
        return text.Length > 0 && text[^1] is '.' or '!' or '?' && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords;
    }
}
