namespace WorkingParty.Minutes.Text;

/// <summary>
/// Takes out what a page prints around the text: footers (document number, initials, service, page number, "EN",
/// on one line, two lines or a line each), repeated "LIMITE" and bare page numbers; and the footnotes standing just above a footer.
/// A paragraph that a page break cut in two is joined again.
/// </summary>
public sealed class PageFurniture
{
    private const int MostFooterLines = 8;
    private const int FootnoteLinesAboveFooter = 4;

    private readonly IReadOnlyList<Regex> _furniture;
    private readonly Regex _end;
    private readonly Regex _oneLine;
    private readonly Regex _always;
    private readonly Regex _pageNumber;
    private readonly Regex _footnote;
    private readonly string _footnoteMarker;
    private readonly Regex _limite;

    public PageFurniture(MinutesDefinitions definitions, PatternTemplate template)
    {
        var layout = definitions.Layout;
        _furniture = layout.Furniture.Select(p => template.Compile(p)).ToList();
        _end = template.Compile(layout.FurnitureEnd);
        _oneLine = template.Compile(layout.OneLineFooter);
        _always = template.Compile(layout.AlwaysFurniture);
        _pageNumber = template.Compile(layout.PageNumber);
        _footnote = template.Compile(layout.Footnote);
        _footnoteMarker = template.Expand(layout.FootnoteMarker);
        _limite = template.Compile(layout.Limite);
    }

    public CleanLines Remove(IReadOnlyList<string> lines)
    {
        var kept = new List<string>(lines.Count);
        var footnotes = new List<Footnote>();
        var limite = false;
        for (var i = 0; i < lines.Count; i++)
        {
            limite |= _limite.IsMatch(lines[i]);
            var footerEnd = FooterEndingAt(lines, i);
            if (footerEnd >= 0)
            {
                TakeFootnotes(kept, footnotes);
                i = MendPageBreak(kept, lines, footerEnd + 1) - 1;
                continue;
            }

            if (kept.Count > 0 && (_always.IsMatch(lines[i]) || IsLonePageNumber(lines, i)))
            {
                continue;
            }

            kept.Add(lines[i]);
        }

        return new CleanLines(WithoutMarkers(kept, footnotes), footnotes, limite) { MarkedLines = MarkedLines(kept, footnotes) };
    }

    /// <summary>For each footnote marker, the first line that carries it, without the marker: where the footnote belongs.</summary>
    private Dictionary<string, string> MarkedLines(List<string> lines, List<Footnote> footnotes)
    {
        var marked = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var marker in footnotes.Select(f => f.Marker).Distinct())
        {
            var pattern = new Regex(_footnoteMarker.Replace("{marker}", Regex.Escape(marker)), RegexOptions.CultureInvariant);
            if (lines.FirstOrDefault(pattern.IsMatch) is { } line)
            {
                marked[marker] = pattern.Replace(line, "");
            }
        }

        return marked;
    }

    /// <summary>The body without the footnote markers glued to its words ("gave an update.1 The Presidency").</summary>
    private List<string> WithoutMarkers(List<string> lines, List<Footnote> footnotes)
    {
        if (footnotes.Count == 0)
        {
            return lines;
        }

        var markers = new Regex(_footnoteMarker.Replace("{marker}", string.Join('|', footnotes.Select(f => f.Marker).Distinct())), RegexOptions.CultureInvariant);
        return lines.Select(l => markers.Replace(l, "")).ToList();
    }

    /// <summary>The index of the footer's last line when a footer starts at <paramref name="start"/>, else -1.</summary>
    private int FooterEndingAt(IReadOnlyList<string> lines, int start)
    {
        if (_oneLine.IsMatch(lines[start]))
        {
            return start;
        }

        if (IsFooterOverTwoLines(lines, start))
        {
            return start + 1;
        }

        if (!IsFurniture(lines[start]))
        {
            return -1;
        }

        var pieces = 0;
        for (var i = start; i < lines.Count && pieces < MostFooterLines; i++)
        {
            if (lines[i] == TextNormaliser.ParagraphBreak)
            {
                continue;
            }

            if (!IsFurniture(lines[i]))
            {
                return -1;
            }

            pieces++;
            if (pieces >= 2 && _end.IsMatch(lines[i]))
            {
                return FollowingPageNumber(lines, i);
            }
        }

        return -1;
    }

    /// <summary>"8812/41 RT/cb 2" over "DG E 3 II EN": the one-line footer printed over two lines (it starts with the number).</summary>
    private bool IsFooterOverTwoLines(IReadOnlyList<string> lines, int start) =>
        start + 1 < lines.Count && lines[start].Length > 0 && (char.IsAsciiDigit(lines[start][0]) || lines[start][0] == 'W')
        && lines[start + 1] != TextNormaliser.ParagraphBreak && _oneLine.IsMatch(lines[start] + " " + lines[start + 1]);

    private int FollowingPageNumber(IReadOnlyList<string> lines, int end)
    {
        var next = end + 1;
        while (next < lines.Count && lines[next] == TextNormaliser.ParagraphBreak)
        {
            next++;
        }

        return next < lines.Count && _pageNumber.IsMatch(lines[next]) ? next : end;
    }

    /// <summary>A page number on a paragraph of its own (a footnote marker alone is followed by its text).</summary>
    private bool IsLonePageNumber(IReadOnlyList<string> lines, int i) =>
        _pageNumber.IsMatch(lines[i]) && lines[i - 1] == TextNormaliser.ParagraphBreak
        && (i + 1 == lines.Count || lines[i + 1] == TextNormaliser.ParagraphBreak);

    private bool IsFurniture(string line) => line.Length > 0 && _furniture.Any(f => f.IsMatch(line));

    /// <summary>
    /// Footnotes stand just above the footer: "1 7371/16." or the marker alone on a line and its text below it.
    /// Read upwards; lines that are not a marker belong to the footnote whose marker stands above them.
    /// </summary>
    private void TakeFootnotes(List<string> kept, List<Footnote> footnotes)
    {
        var found = new List<Footnote>();
        var last = kept.Count;
        for (var i = kept.Count - 1; i >= 0 && kept.Count - i <= FootnoteLinesAboveFooter; i--)
        {
            var match = _footnote.Match(kept[i]);
            if (kept[i] == TextNormaliser.ParagraphBreak || !match.Success)
            {
                continue;
            }

            if (GoesOnFromLineAbove(kept, i, match))
            {
                // "on Articles 2 and" / "19 to the Presidency by ...": a sentence running over a line that starts with a number.
                break;
            }

            var text = match.Groups["text"].Success
                ? string.Join(' ', kept.Skip(i).Take(last - i).Where(l => l.Length > 0).Skip(1).Prepend(match.Groups["text"].Value))
                : string.Join(' ', kept.Skip(i + 1).Take(last - i - 1).Where(l => l.Length > 0));
            if (text.Length > 0)
            {
                found.Insert(0, new Footnote(match.Groups["marker"].Value, text));
                last = i;
            }
        }

        if (found.Count > 0)
        {
            kept.RemoveRange(last, kept.Count - last);
            footnotes.AddRange(found);
        }
    }

    /// <summary>A line that starts with a number and goes on in lower case under a line with no stop continues that line's sentence.</summary>
    private static bool GoesOnFromLineAbove(List<string> kept, int i, Match match) =>
        i > 0 && kept[i - 1].Length > 0 && !".:;!?".Contains(kept[i - 1][^1])
        && match.Groups["text"].Success && char.IsLower(match.Groups["text"].Value[0]);

    /// <summary>
    /// A sentence cut by the page break ends without a stop and goes on in lower case: no paragraph break between.
    /// Otherwise one. Returns the index of the first line after the footer and the breaks that follow it.
    /// </summary>
    private static int MendPageBreak(List<string> kept, IReadOnlyList<string> lines, int next)
    {
        while (next < lines.Count && lines[next] == TextNormaliser.ParagraphBreak)
        {
            next++;
        }

        while (kept.Count > 0 && kept[^1] == TextNormaliser.ParagraphBreak)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        var cut = kept.Count > 0 && !".:;!?".Contains(kept[^1][^1]) && next < lines.Count && char.IsLower(lines[next][0]);
        if (!cut && kept.Count > 0)
        {
            kept.Add(TextNormaliser.ParagraphBreak);
        }

        return next;
    }
}

/// <summary>The lines of the text without page furniture, the footnotes taken out, and whether any page said LIMITE.</summary>
public sealed record CleanLines(IReadOnlyList<string> Lines, IReadOnlyList<Footnote> Footnotes, bool Limite)
{
    /// <summary>Each footnote marker and the body line that carries it (the marker taken out).</summary>
    public IReadOnlyDictionary<string, string> MarkedLines { get; init; } = new Dictionary<string, string>();
}
