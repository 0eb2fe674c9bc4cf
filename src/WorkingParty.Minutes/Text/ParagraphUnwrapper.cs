using System.Text;

namespace WorkingParty.Minutes.Text;

/// <summary>
/// Joins hard-wrapped lines into paragraphs, also across a paragraph break that cut a sentence, as when every printed
/// line of a document became a paragraph of its own: the text before it ends without a stop and the text after it goes
/// on in lower case or with a number (after a ':' too: "planned for 2025:" then "8 April and 6 May."; after a closing
/// bracket only in lower case: "procedures (WK 3310/25)" then "is 28 March."), or the text
/// before it ends on a word no sentence ends on ("to the"), or it fills the width of a document whose paragraphs are
/// its printed lines (<see cref="PrintedLines"/>). A line ending in a hyphen joins the next without a space;
/// the hyphen stays when it belongs to a compound ("end-\nusers" is "end-users") and goes when the joined
/// word appears elsewhere in the text without it.
/// </summary>
public sealed partial class ParagraphUnwrapper(MinutesDefinitions definitions)
{
    private static readonly char[] OpeningQuotes = ['"', '\'', '“', '‘', '«'];

    private readonly HashSet<string> _keepingPrefixes = new(definitions.Text.HyphenKeepingPrefixes, StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _abbreviations = new(definitions.Text.SentenceAbbreviations, StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:the|a|an|of|to|for|on|in|with|by|from|at|and|or|that|whether|its|their|his|her)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DanglingWord();

    public IReadOnlyList<string> Unwrap(IReadOnlyList<string> lines, string wholeText, PrintedLines? printed = null)
    {
        printed ??= PrintedLines.None;
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var lastLine = "";
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line == TextNormaliser.ParagraphBreak)
            {
                if (!CutSentence(current, lastLine, lines, i + 1, printed))
                {
                    Flush(current, paragraphs);
                }

                continue;
            }

            if (current.Length > 0)
            {
                if (EndsWithWordHyphen(current) && char.IsLower(line[0]))
                {
                    if (!KeepsHyphen(current, line, wholeText))
                    {
                        current.Length--;
                    }
                }
                else
                {
                    current.Append(' ');
                }
            }

            current.Append(line);
            lastLine = line;
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    private bool CutSentence(StringBuilder current, string lastLine, IReadOnlyList<string> lines, int next, PrintedLines printed)
    {
        if (current.Length == 0 || next >= lines.Count || lines[next].Length == 0)
        {
            return false;
        }

        if (".;!?\"'".Contains(current[^1]))
        {
            // "to the Pres." then "no later than 10 May", "(doc." then "4410/41)": the stop is an abbreviation's, not a sentence's end.
            return EndsWithAbbreviation(current) && (char.IsLower(lines[next][0]) || char.IsDigit(lines[next][0]));
        }

        // A quoted word goes on as the word itself would: "in defining a" then "\"worker\"; SE entered a reservation".
        var start = lines[next].TrimStart(OpeningQuotes) is { Length: > 0 } unquoted ? unquoted[0] : lines[next][0];
        if (current[^1] == ')')
        {
            return char.IsLower(start);
        }

        if (char.IsLower(start) || char.IsDigit(start))
        {
            return true;
        }

        if (current[^1] == ':' || !(char.IsLetter(start) || start == '('))
        {
            return false;
        }

        var tail = current.ToString(Math.Max(0, current.Length - 12), Math.Min(12, current.Length));
        return DanglingWord().IsMatch(tail) || printed.RunsOn(lastLine);
    }

    private bool EndsWithAbbreviation(StringBuilder text)
    {
        if (text[^1] != '.')
        {
            return false;
        }

        var start = text.Length - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < text.Length - 1 && _abbreviations.Contains(text.ToString(start, text.Length - 1 - start));
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }

    private static bool EndsWithWordHyphen(StringBuilder text) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]);

    private bool KeepsHyphen(StringBuilder current, string nextLine, string wholeText)
    {
        var start = current.Length - 1;
        while (start > 0 && char.IsLetter(current[start - 1]))
        {
            start--;
        }

        var prefix = current.ToString(start, current.Length - 1 - start);
        var suffixEnd = 0;
        while (suffixEnd < nextLine.Length && char.IsLetter(nextLine[suffixEnd]))
        {
            suffixEnd++;
        }

        var joined = prefix + nextLine[..suffixEnd];
        if (_keepingPrefixes.Contains(prefix))
        {
            return true;
        }

        return !wholeText.Contains(joined, StringComparison.OrdinalIgnoreCase);
    }
}
