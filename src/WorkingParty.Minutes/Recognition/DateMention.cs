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
