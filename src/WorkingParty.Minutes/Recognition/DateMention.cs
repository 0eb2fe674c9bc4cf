namespace WorkingParty.Minutes.Recognition;

/// <summary>
/// A date as written in a sentence, before its year is known: "24 May" has no year until the meeting gives one.
/// Months and days are the first and last day of the span it names (a day, a range, part of a month, a half-year ...).
/// </summary>
public sealed record DateMention(
    int Index,
    int Length,
    DatePrecision Precision,
    int? Year,
    int StartMonth,
    int StartDay,
    int EndMonth,
    int EndDay,
    bool IsRange)
{
    public bool HasYear => Year is not null;

    /// <summary>
    /// The day of the span's last month a deadline by this span falls on ("by the end of April": 31, the month's last
    /// day; "by mid-March": 15), or null when it names no day ("by May", "early June").
    /// </summary>
    public int? DueDay { get; init; }

    /// <summary>Whether <see cref="DueDay"/> is an estimate ("mid-March", around the 15th) rather than the span's last day.</summary>
    public bool DueDayApproximate => DueDay < EndDay;

    /// <summary>The day a deadline by this span falls on, once the span is placed in the calendar (<paramref name="spanEnd"/>, its last day); null with no <see cref="DueDay"/>.</summary>
    public DateOnly? DueOn(DateOnly spanEnd) => DueDay is { } day ? Day(spanEnd.Year, EndMonth, day) : null;

    public (DateOnly Start, DateOnly? End) Resolve(int defaultYear)
    {
        var year = Year ?? defaultYear;
        var start = Day(year, StartMonth, StartDay);
        if (!IsRange)
        {
            return (start, null);
        }

        var end = Day(year, EndMonth, EndDay);
        return (start, end < start ? end.AddYears(1) : end);
    }

    private static DateOnly Day(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
