namespace WorkingParty.Answers.Understanding;

/// <summary>
/// "First meeting next year?", "next meeting after Christmas?", "first meeting under the incoming Presidency?": a period
/// ahead that the coming meetings asked for lie in, seen from the day asked; the soonest is picked among them only.
/// </summary>
internal sealed class ComingPeriods(Vocabulary vocabulary)
{
    private readonly CuePhrases _yearCues = new(vocabulary.NextYearCues);
    private readonly CuePhrases _presidencyCues = new(vocabulary.NextPresidencyCues);
    private readonly CuePhrases _holidayCues = new(vocabulary.AfterYearEndCues);
    private readonly HashSet<string> _meetingWords = [.. vocabulary.MeetingWords, .. vocabulary.BodyMeetingNouns];

    /// <summary>The period the question's meetings lie in, or null when it names none or asks of no meeting ("plans for next year?").</summary>
    public ComingPeriod? Period(IReadOnlyList<Word> words, bool[] dated)
    {
        if (!words.Any(w => _meetingWords.Contains(w.Lower))) return null;
        if (CueMatcher.MatchAny(words, _yearCues, dated)) return ComingPeriod.NextYear;
        if (CueMatcher.MatchAny(words, _presidencyCues, dated)) return ComingPeriod.NextPresidency;
        if (CueMatcher.MatchAny(words, _holidayCues, dated)) return ComingPeriod.AfterYearEnd;
        return null;
    }
}

/// <summary>A period ahead a question bounds its coming meetings by.</summary>
internal enum ComingPeriod
{
    /// <summary>The calendar year after the one asked in.</summary>
    NextYear,

    /// <summary>The half-year after the one asked in, a Presidency's term.</summary>
    NextPresidency,

    /// <summary>After the year-end holidays: from the day after Christmas of the year's second half.</summary>
    AfterYearEnd,
}

internal static class ComingPeriodDays
{
    private const int ChristmasDay = 25;

    /// <summary>Whether the date lies in the period as seen on <paramref name="today"/>.</summary>
    public static bool Holds(this ComingPeriod period, DateOnly date, DateOnly today)
    {
        var (from, to) = period.Days(today);
        return date >= from && date <= to;
    }

    /// <summary>The period's first and last day as seen on <paramref name="today"/>.</summary>
    public static (DateOnly From, DateOnly To) Days(this ComingPeriod period, DateOnly today) => period switch
    {
        ComingPeriod.NextYear => (new DateOnly(today.Year + 1, 1, 1), new DateOnly(today.Year + 1, 12, 31)),
        ComingPeriod.NextPresidency => today.Month > 6
            ? (new DateOnly(today.Year + 1, 1, 1), new DateOnly(today.Year + 1, 6, 30))
            : (new DateOnly(today.Year, 7, 1), new DateOnly(today.Year, 12, 31)),
        _ => (new DateOnly(today.Month > 6 ? today.Year : today.Year - 1, 12, ChristmasDay + 1), DateOnly.MaxValue),
    };
}
