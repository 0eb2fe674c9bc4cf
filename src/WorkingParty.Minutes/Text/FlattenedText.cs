namespace WorkingParty.Minutes.Text;

/// <summary>
/// Gives lines back to text extracted without line breaks, where header fields, items, sub-items, bullets and page
/// footers run on one line separated by runs of spaces. Footers are cut out first, leaving a paragraph break.
/// An item number followed by one space ("... On: 4 March 2013 1. Adoption of the agenda") starts a line only when it is
/// the next number of the agenda, so a stray "3. " in a sentence does not cut it, nor does the next number ending a
/// sentence after a word ("... a stronger link with objective 3.   Delegations were invited ..."); a first sub-item "a)" after one space
/// in the item's heading starts a line too. Lines of ordinary length are left as they are.
/// </summary>
public sealed class FlattenedText
{
    private readonly int _longLine;
    private readonly Regex _footer;
    private readonly Regex _breaks;
    private readonly Regex _itemNumber;
    private readonly Regex? _firstSubItem;
    private readonly Regex _sentenceStart;

    public FlattenedText(MinutesDefinitions definitions, PatternTemplate template)
    {
        var layout = definitions.Layout;
        _longLine = layout.FlattenedLineLength;
        _footer = template.Compile(layout.FlattenedFooter);
        _breaks = template.Compile(string.Join("|", layout.FlattenedBreaks.Select(b => $"(?:{b})")));
        _itemNumber = template.Compile(layout.FlattenedItemNumber);
        _firstSubItem = layout.FlattenedFirstSubItem is { Length: > 0 } sub ? template.Compile(sub) : null;
        _sentenceStart = template.Compile(layout.TitleEndsBefore);
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

            var expected = 1;
            foreach (var piece in _footer.Replace(line, "\n \n$0\n \n").Split('\n'))
            {
                foreach (var part in _breaks.Split(piece))
                {
                    foreach (var cut in AtItemNumbers(part, ref expected))
                    {
                        yield return cut;
                    }
                }
            }
        }
    }

    /// <summary>The part cut before each item number that is the next one expected.</summary>
    private List<string> AtItemNumbers(string part, ref int expected)
    {
        var cuts = new List<string>(1);
        var start = 0;
        foreach (Match match in _itemNumber.Matches(part))
        {
            if (!int.TryParse(match.Groups["number"].ValueSpan, out var number) || number != expected || EndsSentence(part, match))
            {
                continue;
            }

            expected++;
            if (match.Index > start && part.AsSpan(start, match.Index - start).Trim().Length > 0)
            {
                AddHeadingCut(cuts, part[start..match.Index]);
                start = match.Index;
            }
        }

        AddHeadingCut(cuts, part[start..]);
        return cuts;
    }

    /// <summary>
    /// Whether the number stands one space after a word and a sentence follows it ("... with objective 3.   Delegations
    /// were invited ..."): the number ends that sentence and heads no item.
    /// </summary>
    private bool EndsSentence(string part, Match number) =>
        number.Index >= 2 && part[number.Index - 1] == ' ' && char.IsLetter(part[number.Index - 2])
        && _sentenceStart.Match(part, number.Index + number.Length - 1) is { Success: true } start && start.Index == number.Index + number.Length - 1;

    /// <summary>The cut, in two when it is an item's heading with its first sub-item after one space.</summary>
    private void AddHeadingCut(List<string> cuts, string cut)
    {
        if (_firstSubItem?.Match(cut) is { Success: true } heading && _itemNumber.Match(cut) is { Success: true, Index: 0 })
        {
            cuts.Add(heading.Value);
            cuts.Add(cut[heading.Length..].TrimStart());
            return;
        }

        cuts.Add(cut);
    }
}
