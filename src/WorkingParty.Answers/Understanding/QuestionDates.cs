namespace WorkingParty.Answers.Understanding;

/// <summary>
/// The date a question names: the date of a meeting ("22 March 2017", "the March meeting"), a year alone ("in 2013"), a
/// day alone ("on the 22nd"), or the start of a period ("and after 22 April?"). Marks the words of each dated.
/// </summary>
internal sealed partial class QuestionDates(Vocabulary vocabulary, FillerWords fillers, BodyNames bodies)
{
    private readonly HashSet<string> _meetingNouns = [.. vocabulary.MeetingWords];
    private readonly HashSet<string> _ownRecordWords = [.. vocabulary.OwnRecordWords];
    private readonly HashSet<string> _weekdays = [.. vocabulary.Weekdays];

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    /// <summary>A day of the month, or a span of days typed with a hyphen or a slash ("14-15", "9/10"), read as its first day.</summary>
    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)?(?:[-/]\d{1,2}(?:st|nd|rd|th)?)?$")]
    private static partial Regex DayOfMonth();

    /// <summary>A day and month in figures, day first as in Council usage: "25/11", "3.2", "25/11/2031".</summary>
    [GeneratedRegex(@"^(?<day>\d{1,2})[/.](?<month>\d{1,2})(?:[/.](?<year>(?:19|20)?\d\d))?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)$")]
    private static partial Regex OrdinalDay();

    public static bool IsYear(string word) => Year().IsMatch(word);

    /// <summary>The date after "after", "from" or "since" ("and after 22 April?"): the start of a period, or null.</summary>
    public MeetingFilter? After(IReadOnlyList<Word> words, bool[] used, bool[] dated) => FindMeeting(words, used, dated, bound: true);

    /// <summary>The date of the meeting asked about: a month with its day or year, else a year alone, else a day alone; or null.</summary>
    public MeetingFilter? Meeting(IReadOnlyList<Word> words, bool[] used, bool[] dated) =>
        FindMeeting(words, used, dated, bound: false) ?? FindYear(words, used, dated) ?? FindDay(words, used, dated);

    /// <summary>
    /// "March 2017", "22 March 2017", "March 22", "the 9th of September", "the March meeting"; "may" and short names
    /// need a day or a year beside them.
    /// </summary>
    /// <param name="bound">
    /// Whether to find the date after "after", "from" or "since" ("and after 22 April?"), the start of a period, rather
    /// than the date of a meeting; each is found once, and the words of one are not the other's.
    /// </param>
    private MeetingFilter? FindMeeting(IReadOnlyList<Word> words, bool[] used, bool[] dated, bool bound)
    {
        for (var i = 0; i < words.Count; i++)
        {
            // "the 9/10 May meeting": two days before a month's name are the days of a two-day meeting, not a day and month.
            if (!dated[i] && !used[i] && !(i + 1 < words.Count && vocabulary.Months.ContainsKey(words[i + 1].Lower)) && Numeric(words[i].Lower) is { } numeric)
            {
                if (StartsPeriod(words, i) != bound) continue;
                MarkPeriodStart(words, dated, i, bound);
                dated[i] = true;
                return numeric;
            }

            if (dated[i] || !vocabulary.Months.TryGetValue(words[i].Lower, out var month)) continue;
            var dayBefore = i > 1 && words[i - 1].Lower == "of" ? i - 2 : i - 1;
            var at = DayAt(words, used, dayBefore) is not null ? dayBefore : DayAt(words, used, i + 1) is not null ? i + 1 : -1;
            var yearAt = at == i + 1 ? i + 2 : i + 1;
            int? year = yearAt < words.Count && Year().IsMatch(words[yearAt].Lower) ? int.Parse(words[yearAt].Lower) : null;
            var day = at >= 0 ? DayAt(words, used, at) : null;
            var part = MonthPartAt(words, i);
            var spelledOut = part >= 0 || (words[i].Lower.Length > 3 && words[i].Lower != "may")
                || (i > 0 && (words[i - 1].Lower is "in" or "during" || vocabulary.PeriodStartWords.Contains(words[i - 1].Lower)))
                || (i + 1 < words.Count && _meetingNouns.Contains(words[i + 1].Lower))
                || BeforeRecordNoun(words, i);
            if (!spelledOut && year is null && day is null) continue;
            var first = at >= 0 ? Math.Min(at, i) : i;
            // "on friday 27 sept": the day of the week before the date is part of it.
            if (first > 0 && _weekdays.Contains(words[first - 1].Lower)) first--;
            if (StartsPeriod(words, first) != bound) continue;
            MarkPeriodStart(words, dated, first, bound);
            dated[i] = true;
            if (year is not null) dated[yearAt] = true;
            if (day is not null) dated[at] = true;
            for (var k = first; k < i; k++) dated[k] |= _weekdays.Contains(words[k].Lower);
            // The part's words ("the end of") are neither topic nor words to find: the sentences write the days.
            for (var k = Math.Max(part, 0); part >= 0 && k < i; k++) used[k] = true;
            return new MeetingFilter(year, month, day) { Days = day is null && part >= 0 ? PartOfMonth(words, part) : null };
        }
        return null;
    }

    /// <summary>
    /// Where the part of the month before the month at <paramref name="month"/> begins ("end of feb", "the end of feb",
    /// "early feb", "late in feb"), or -1: the words before it name no part of it.
    /// </summary>
    private int MonthPartAt(IReadOnlyList<Word> words, int month)
    {
        var at = month - 1;
        if (at >= 1 && words[at].Lower is "of" or "in") at--;
        if (at < 0 || !vocabulary.MonthParts.ContainsKey(words[at].Lower)) return -1;
        return at >= 1 && words[at - 1].Lower == "the" ? at - 1 : at;
    }

    /// <summary>The first and last day of the part of the month named at <paramref name="at"/> ("the end of": 21 to 31).</summary>
    private (int First, int Last) PartOfMonth(IReadOnlyList<Word> words, int at)
    {
        var days = vocabulary.MonthParts[words[at].Lower == "the" ? words[at + 1].Lower : words[at].Lower];
        return (days[0], days[1]);
    }

    /// <summary>"after 22 April", "after the June meeting": the start word before the date, "the" maybe between.</summary>
    private bool StartsPeriod(IReadOnlyList<Word> words, int first) =>
        PeriodStart(words, first) is var start && start >= 0 && vocabulary.PeriodStartWords.Contains(words[start].Lower);

    private static int PeriodStart(IReadOnlyList<Word> words, int first) => first > 0 && words[first - 1].Lower == "the" ? first - 2 : first - 1;

    private static void MarkPeriodStart(IReadOnlyList<Word> words, bool[] dated, int first, bool startsPeriod)
    {
        for (var k = PeriodStart(words, first); startsPeriod && k < first; k++) dated[k] = true;
    }

    /// <summary>"25/11", "3.2.2031": the day and month (and year) in figures, or null when they are no date.</summary>
    private static MeetingFilter? Numeric(string word)
    {
        if (NumericDate().Match(word) is not { Success: true } match) return null;
        var (day, month) = (int.Parse(match.Groups["day"].Value), int.Parse(match.Groups["month"].Value));
        if (day is < 1 or > 31 || month is < 1 or > 12) return null;
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value) : null;
        return new MeetingFilter(year < 100 ? 2000 + year : year, month, day);
    }

    /// <summary>
    /// "the sept minutes", "the jun outcome of proceedings", "the may WPE": a short month (or "may") after "the" and right
    /// before a word for the minutes or a body, or a name of a body held, names the meeting of that month (before a
    /// meeting word it does so without "the").
    /// </summary>
    private bool BeforeRecordNoun(IReadOnlyList<Word> words, int at) =>
        at > 0 && words[at - 1].Lower == "the" && at + 1 < words.Count
        && (_ownRecordWords.Contains(words[at + 1].Lower)
            || words[at + 1].Lower is "minutes" or "summary" or "agenda" || BodyNames.SaysBody([words[at + 1]])
            || bodies.Find([words[at + 1]]).Bodies is not null);

    /// <summary>"in 2013", "the 2013 meetings": a year alone, when no month was named.</summary>
    private static MeetingFilter? FindYear(IReadOnlyList<Word> words, bool[] used, bool[] dated)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (used[i] || dated[i] || !Year().IsMatch(words[i].Lower)) continue;
            dated[i] = true;
            return new MeetingFilter(int.Parse(words[i].Lower), null, null);
        }
        return null;
    }

    /// <summary>
    /// A day without a month: "the 22nd", "on the 3rd", "on the 22" (a number after "on the"), not an item's number. Its
    /// month is the one that puts it nearest to the day of asking (<see cref="MeetingFilter.Nearest"/>).
    /// </summary>
    private MeetingFilter? FindDay(IReadOnlyList<Word> words, bool[] used, bool[] dated)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (used[i] || dated[i] || DayAt(words, used, i) is not { } day) continue;
            var ordinal = OrdinalDay().IsMatch(words[i].Lower);
            var afterOnThe = i > 1 && words[i - 1].Lower == "the" && words[i - 2].Lower is "on" or "of" or "for";
            if (!ordinal && !afterOnThe) continue;
            if (i + 1 < words.Count && words[i + 1].Lower is "item" or "point" or "items" or "points") continue;
            // "the 3rd compromise", "its 4th revision": an ordinal before a word of the topic counts that thing, not a day.
            if (ordinal && i + 1 < words.Count && !fillers.Contains(words[i + 1].Lower) && !vocabulary.Months.ContainsKey(words[i + 1].Lower)) continue;
            dated[i] = true;
            return new MeetingFilter(null, null, day);
        }
        return null;
    }

    /// <summary>The day of the month at a position, unless the word there is taken (an item number: "item 3 of March").</summary>
    private static int? DayAt(IReadOnlyList<Word> words, bool[] used, int at)
    {
        if (at < 0 || at >= words.Count || used[at]) return null;
        var match = DayOfMonth().Match(words[at].Lower);
        return match.Success && int.Parse(match.Groups[1].Value) is var day and >= 1 and <= 31 ? day : null;
    }
}
