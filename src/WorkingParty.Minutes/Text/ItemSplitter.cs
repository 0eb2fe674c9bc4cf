using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Text;

/// <summary>
/// Cuts normalised lines at numbered agenda headings ("1. Title", or "1." alone with the title on the next line; Roman
/// numerals "II. Title" alike), and
/// each item at its lettered sub-items ("a) Title"). Only the next number (1, then 2, ...) starts an item and only the
/// next letter a sub-item, so a stray "3." in a paragraph cannot reorder the agenda; a number is skipped only when the
/// two after it follow in order (an item heading the extraction lost). An unnumbered "AOB" after the items is the next
/// item. Bullets, dash-led sub-headings and day or session headings ("Wednesday 11 June (afternoon)") start
/// paragraphs of their own, and are given to the items under them (a heading that ends an item heads the next). When
/// the numbers stand in a column of their own ("1." "2." then the titles), each number waiting is given to the next
/// title-like line (<see cref="ColumnTitle"/>). Document references closing an item's title without brackets ("... doc.
/// 8120/31 MAR 44") are the item's first paragraph, not part of its title. An agenda listed before the items (titles only, numbered from 1) gives way
/// to the items when item 1 comes again under the same title.
/// </summary>
public sealed partial class ItemSplitter
{
    private const char Bullet = '\u2022';

    [GeneratedRegex(@"^(?<number>[0-9]{1,2})\.\s+")]
    private static partial Regex OwnNumber();

    private readonly IReadOnlyList<Regex> _headings;
    private readonly Regex _numberAlone;
    private readonly Regex _subItem;
    private readonly Regex _subItemAlone;
    private readonly Regex _unnumbered;
    private readonly Regex _dash;
    private readonly Regex _session;
    private readonly Regex _titleStart;
    private readonly HeadingTitle _titles;
    private readonly ColumnTitle _columnTitle;

    public ItemSplitter(MinutesDefinitions definitions, PatternTemplate template)
    {
        var layout = definitions.Layout;
        _headings = definitions.Text.ItemHeadings.Select(p => template.Compile(p)).ToList();
        _numberAlone = template.Compile(layout.NumberAlone);
        _subItem = template.Compile(layout.SubItemHeading);
        _subItemAlone = template.Compile(layout.SubItemAlone);
        _unnumbered = template.Compile(layout.UnnumberedItem);
        _dash = template.Compile(layout.DashHeading);
        _session = template.Compile(layout.SessionHeading);
        _titleStart = template.Compile(layout.TitleStart);
        _titles = new HeadingTitle(definitions, template);
        _columnTitle = new ColumnTitle(_titleStart, _titles);
    }

    public SplitMinutes Split(IReadOnlyList<string> lines, PrintedLines? printed = null)
    {
        printed ??= PrintedLines.None;
        var heading = new List<string>();
        var items = new List<ItemBuilder>();
        var waiting = new Queue<int>();
        var headingEnd = -1;
        string? session = null;
        var listed = new Dictionary<int, string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (items.Count > 1 && items.TrueForAll(b => b.IsEmpty) && RepeatsFirstItem(lines, i, items[0].Title, printed))
            {
                // The agenda listed (titles only) before the items it lists: the items are read from their own headings.
                listed = items.ToDictionary(b => b.Number, b => b.Title);
                items.Clear();
                waiting.Clear();
            }

            var current = items.Count > 0 ? items[^1] : null;
            var expected = waiting.Count > 0 ? waiting.Peek() : current is null ? 1 : current.Number + 1;
            if (Heading(lines, ref i, expected, current is not null, waiting, printed) is { } item)
            {
                session = current?.TakeTrailingSession() ?? current?.Session ?? session;
                items.Add(new ItemBuilder(item.Number, item.Title, BodyStart(item.References, item.BodyStart), session));
                headingEnd = i;
            }
            else if (waiting.Count > 0 && _columnTitle.IsTitle(lines, i, afterTitle: headingEnd == i - 1))
            {
                // Titles listed one a line: one goes on only where its words say so, never for filling the width.
                var (read, bodyStart) = ReadTitle(lines[i], lines, ref i, PrintedLines.None);
                var (title, references) = _titles.WithoutReferences(read);
                items.Add(new ItemBuilder(waiting.Dequeue(), title, BodyStart(references, bodyStart), null));
                headingEnd = i;
            }
            else if (current is null && _session.IsMatch(lines[i]) && !AwaitsValue(heading))
            {
                // A day or session heading before item 1 is the first item's, not the header's.
                session = lines[i];
            }
            else if (current is not null && SubItem(lines, ref i, current.NextLabel, printed) is { } sub)
            {
                current.StartSection(sub.Label, sub.Title, sub.BodyStart);
            }
            else if (current is null)
            {
                heading.Add(lines[i]);
            }
            else
            {
                AddBodyLine(current, lines, ref i);
            }
        }

        return new SplitMinutes(Trim(heading), items.Select(b => b.Build(ListedTitle(listed, b))).ToList());
    }

    /// <summary>
    /// The title an item is known by: the agenda's, when the agenda listed before the items gives in full what the
    /// item's own heading shortens ("2. UNFF4" under "Fourth session of the United Nations Forum on Forests (UNFF4)").
    /// </summary>
    private static string ListedTitle(Dictionary<int, string> listed, ItemBuilder item) =>
        listed.TryGetValue(item.Number, out var full) && full.Length > item.Title.Length
        && Regex.IsMatch(full, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(item.Title)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            ? full
            : item.Title;

    private (int Number, string Title, string? BodyStart, string? References)? Heading(IReadOnlyList<string> lines, ref int i, int expected, bool afterItems, Queue<int> waiting, PrintedLines printed)
    {
        var at = i;
        string? title = null;
        var number = expected;
        List<int>? column = null;
        foreach (var pattern in _headings)
        {
            var match = pattern.Match(lines[i]);
            if (match.Success && Follows(Number(match), expected, afterItems, lines, i))
            {
                number = Number(match);
                title = match.Groups["title"].Value.Trim();
                break;
            }
        }

        if (title is null && _numberAlone.Match(lines[i]) is { Success: true } alone && Follows(Number(alone), expected, afterItems, lines, i))
        {
            number = Number(alone);
            column = NumberColumn(lines, at, number);
            at += column.Count;
            title = TitleOnNextLine(lines, ref at);
            if (title is null)
            {
                at = i;
                column = null;
            }
        }

        if (title is null && afterItems && _unnumbered.IsMatch(lines[i]))
        {
            title = lines[i].TrimEnd(':', ' ');
        }

        if (title is null)
        {
            return null;
        }

        var (whole, bodyStart) = ReadTitle(title, lines, ref at, printed);
        var (read, references) = _titles.WithoutReferences(WithoutOwnNumber(whole, number));
        if (read.Length > _titles.MaxLength && !(number == expected && HeadingTitle.IsUnbrokenHeading(read)))
        {
            // A heading refused leaves the numbers waiting in a column as they were.
            return null;
        }

        if (column is not null)
        {
            waiting.Clear();
            column.ForEach(waiting.Enqueue);
        }

        // The heading takes its number, an unnumbered "AOB" too: a number waiting in a column goes to no later title.
        while (waiting.Count > 0 && waiting.Peek() <= number)
        {
            waiting.Dequeue();
        }

        i = at;
        return (number, read, bodyStart, references);
    }

    /// <summary>The lines an item starts with: the references closing its title (a paragraph of their own), then the body its heading ran into.</summary>
    private static List<string> BodyStart(string? references, string? bodyStart)
    {
        var start = references is null ? new List<string>() : [references, TextNormaliser.ParagraphBreak];
        if (bodyStart is not null)
        {
            start.Add(bodyStart);
        }

        return start;
    }

    /// <summary>Whether line <paramref name="at"/> heads item 1 again, under the title of the item 1 read before.</summary>
    private bool RepeatsFirstItem(IReadOnlyList<string> lines, int at, string firstTitle, PrintedLines printed) =>
        Heading(lines, ref at, 1, false, new Queue<int>(), printed) is { Number: 1 } heading
        && string.Equals(heading.Title, firstTitle, StringComparison.OrdinalIgnoreCase);

    /// <summary>"item 2.   2.   Lock safety": a body ending on the item's number leaves the number again before the title.</summary>
    private static string WithoutOwnNumber(string title, int number) =>
        OwnNumber().Match(title) is { Success: true } own && int.Parse(own.Groups["number"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) == number
            ? title[own.Length..]
            : title;

    /// <summary>
    /// Whether a heading numbered <paramref name="number"/> may come when <paramref name="expected"/> is due: it is, or
    /// it is the one after and the heading after it follows later (a heading after item 1 was lost).
    /// </summary>
    private bool Follows(int number, int expected, bool afterItems, IReadOnlyList<string> lines, int at)
    {
        if (number == expected)
        {
            return true;
        }

        if (!afterItems || number != expected + 1)
        {
            return false;
        }

        for (var j = at + 1; j < lines.Count; j++)
        {
            if (HeadingNumber(lines[j]) is { } later && (later == expected || later == number + 1))
            {
                return later == number + 1;
            }
        }

        return false;
    }

    private int? HeadingNumber(string line)
    {
        if (line.Length == 0 || !ItemNumber.MayStart(line[0]) && !line.StartsWith("Item", StringComparison.Ordinal) && !line.StartsWith("Point", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var pattern in _headings.Append(_numberAlone))
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                return Number(match);
            }
        }

        return null;
    }

    /// <summary>The numbers standing alone on the lines after a number alone ("1." then "2." then "3."), in order.</summary>
    private List<int> NumberColumn(IReadOnlyList<string> lines, int at, int first)
    {
        var column = new List<int>();
        for (var j = at + 1; j < lines.Count && _numberAlone.Match(lines[j]) is { Success: true } next && Number(next) == first + column.Count + 1; j++)
        {
            column.Add(Number(next));
        }

        return column;
    }

    private (string Label, string Title, string? BodyStart)? SubItem(IReadOnlyList<string> lines, ref int i, char expected, PrintedLines printed)
    {
        var at = i;
        string? title = null;
        if (_subItem.Match(lines[i]) is { Success: true } match && match.Groups["label"].Value[0] == expected)
        {
            title = match.Groups["title"].Value.Trim();
        }
        else if (_subItemAlone.Match(lines[i]) is { Success: true } alone && alone.Groups["label"].Value[0] == expected)
        {
            title = TitleOnNextLine(lines, ref at);
        }

        if (title is null)
        {
            return null;
        }

        var (read, bodyStart) = ReadTitle(title, lines, ref at, printed);
        i = at;
        return (expected.ToString(), read, bodyStart);
    }

    /// <summary>The title standing on the next line after a number or letter alone ("1.", "a)"), or null.</summary>
    private string? TitleOnNextLine(IReadOnlyList<string> lines, ref int at)
    {
        var next = at + 1;
        while (next < lines.Count && lines[next] == TextNormaliser.ParagraphBreak)
        {
            next++;
        }

        if (next >= lines.Count || !_titleStart.IsMatch(lines[next]))
        {
            return null;
        }

        at = next;
        return lines[next];
    }

    private (string Title, string? BodyStart) ReadTitle(string title, IReadOnlyList<string> lines, ref int at, PrintedLines printed)
    {
        var (read, bodyStart) = _titles.Split(title);
        if (bodyStart is not null)
        {
            return (read, bodyStart);
        }

        while (NextTitleLine(read, lines, at, printed) is { } next)
        {
            at = next;
            (read, bodyStart) = _titles.Split($"{read} {lines[at]}");
            if (bodyStart is not null)
            {
                break;
            }
        }

        return (read, bodyStart);
    }

    /// <summary>
    /// The line that carries on the title ending at line <paramref name="at"/>: the next, or the one after a paragraph
    /// break that cut it; never a dash-led sub-heading under the title ("– Briefing by the Presidency"), but the next line
    /// "– presentation by the Commission" in lower case goes on in the title.
    /// </summary>
    private int? NextTitleLine(string title, IReadOnlyList<string> lines, int at, PrintedLines printed)
    {
        var next = at + 1;
        if (next >= lines.Count)
        {
            return null;
        }

        if (lines[next] != TextNormaliser.ParagraphBreak)
        {
            return _titles.ContinuesWith(title, lines[next], lines[at], printed) && !StartsHeading(lines[next]) ? next : null;
        }

        next++;
        return next < lines.Count && _titles.ContinuesOverBreak(title, lines[at], lines[next], printed) && !StartsHeading(lines[next]) ? next : null;
    }

    /// <summary>Whether the line starts an item, a sub-item or a dash-led sub-heading ("– Briefing by the Presidency"): no title goes on into it.</summary>
    private bool StartsHeading(string line) =>
        _headings.Any(h => h.IsMatch(line)) || _numberAlone.IsMatch(line) || _subItem.IsMatch(line) || _subItemAlone.IsMatch(line)
        || DashLed(line);

    /// <summary>A dash mark alone, or before a capitalised word; "-based approach" (a word cut at its hyphen) is none.</summary>
    private bool DashLed(string line) =>
        _dash.Match(line) is { Success: true } dash && (dash.Groups["rest"].Value is var rest && (rest.Length == 0 || char.IsUpper(rest[0])))
        && (line.Length < 2 || line[1] == ' ' || rest.Length == 0);

    private void AddBodyLine(ItemBuilder item, IReadOnlyList<string> lines, ref int i)
    {
        if (_session.IsMatch(lines[i]))
        {
            // "Wednesday 11 June (afternoon)": a paragraph of its own, never the end of the sentence before it.
            item.AddSession(lines[i]);
            return;
        }

        var dash = _dash.Match(lines[i]);
        if (!dash.Success)
        {
            item.Add(lines[i]);
            return;
        }

        item.Add(TextNormaliser.ParagraphBreak);
        var rest = dash.Groups["rest"].Value;
        if (rest.Length > 0)
        {
            item.Add(char.IsLower(rest[0]) ? $"{Bullet} {rest}" : rest);
        }
        else if (i + 1 < lines.Count && lines[i + 1] != TextNormaliser.ParagraphBreak)
        {
            item.Add(lines[++i]);
            item.Add(TextNormaliser.ParagraphBreak);
        }
    }

    private static int Number(Match match) => ItemNumber.Parse(match.Groups["number"].ValueSpan);

    private static List<string> Trim(List<string> lines)
    {
        var start = lines.FindIndex(l => l != TextNormaliser.ParagraphBreak);
        var end = lines.FindLastIndex(l => l != TextNormaliser.ParagraphBreak);
        return start < 0 ? [] : lines.GetRange(start, end - start + 1);
    }

    /// <summary>
    /// A header label still waiting for its value ("On:" then "12 March 2031 (10.00 - 13.00)"; "From:", "On:", "To:" in a
    /// column, one value read; "held on" on a line of its own): the next line is that value, though it reads as a session
    /// heading.
    /// </summary>
    private static bool AwaitsValue(List<string> heading)
    {
        var waiting = 0;
        var last = "";
        foreach (var line in heading.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (HeaderLabel.IsLabel(line))
            {
                waiting++;
            }
            else if (waiting > 0)
            {
                waiting--;
            }

            last = line;
        }

        return waiting > 0 || EndsOnOn().IsMatch(last);
    }

    [GeneratedRegex(@"(?:^|\s)on$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsOnOn();

    /// <summary>An item being read: its sections, the latest last, and the session headings it stands under.</summary>
    private sealed class ItemBuilder(int number, string title, List<string> start, string? session)
    {
        public int Number => number;

        public string Title => title;

        /// <summary>Whether nothing stands under the heading yet: no text, no sub-item.</summary>
        public bool IsEmpty => _sections.Count == 1 && _sections[0].Lines.TrueForAll(l => l == TextNormaliser.ParagraphBreak);

        private readonly List<(string? Label, string? Title, List<string> Lines)> _sections = [(null, null, start)];
        private readonly List<string> _sessions = session is null ? [] : [session];

        public char NextLabel => (char)('a' + _sections.Count(s => s.Label is not null));

        /// <summary>The session heading in force at the item's end.</summary>
        public string? Session => _sessions.Count > 0 ? _sessions[^1] : null;

        public void StartSection(string label, string title, string? bodyStart) => _sections.Add((label, title, BodyStart(null, bodyStart)));

        public void Add(string line) => _sections[^1].Lines.Add(line);

        public void AddSession(string heading)
        {
            _sessions.Add(heading);
            Add(TextNormaliser.ParagraphBreak);
            Add(heading);
            Add(TextNormaliser.ParagraphBreak);
        }

        /// <summary>A session heading that ends the item heads the next one: it is taken out of this item and handed back.</summary>
        public string? TakeTrailingSession()
        {
            var lines = _sections[^1].Lines;
            var last = lines.FindLastIndex(l => l != TextNormaliser.ParagraphBreak);
            if (last < 0 || _sessions.Count == 0 || lines[last] != _sessions[^1] || (session is not null && _sessions.Count == 1))
            {
                return null;
            }

            lines.RemoveRange(last, lines.Count - last);
            var heading = _sessions[^1];
            _sessions.RemoveAt(_sessions.Count - 1);
            return heading;
        }

        public RawItem Build(string knownTitle) => new(number, knownTitle, _sections
            .Where(s => s.Label is not null || Trim(s.Lines).Count > 0)
            .Select(s => new RawSection(s.Label, s.Title, Trim(s.Lines)))
            .ToList())
        {
            Sessions = _sessions,
        };
    }
}
