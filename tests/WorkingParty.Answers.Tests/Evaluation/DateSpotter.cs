using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// Whether a text writes a given day: "19 April 2017", "19 April", "Wednesday 19 April", "April 19, 2017", "7-9 June",
/// "9 and 10 October", "19.04.2017", "19/4/2017", "18/4-20/4/2017", "2017-04-19". A day written without a year counts for any year.
/// The grader's own small reading, deliberately apart from the minutes reader's recognisers.
/// </summary>
internal static partial class DateSpotter
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static bool Writes(string text, DateOnly day) => Spot(text).Any(s =>
        s.Day == day.Day && s.Month == day.Month && (s.Year is null || s.Year == day.Year));

    private static IEnumerable<(int Day, int Month, int? Year)> Spot(string text)
    {
        foreach (Match m in DayFirst().Matches(text))
        {
            var month = Month(m.Groups["month"].Value);
            var first = Number(m, "d1")!.Value;
            var last = Number(m, "d2") ?? first;
            var isRange = m.Groups["to"].Value.ToLowerInvariant() is "-" or "–" or "to";
            foreach (var day in isRange && last > first ? Enumerable.Range(first, last - first + 1) : new[] { first, last }.Distinct())
                yield return (day, month, Year(m));
        }

        foreach (Match m in MonthFirst().Matches(text))
            yield return (Number(m, "d1")!.Value, Month(m.Groups["month"].Value), Year(m));

        foreach (Match m in Numeric().Matches(text))
            yield return (Number(m, "d")!.Value, Number(m, "m")!.Value, Year(m));

        foreach (Match m in NumericRange().Matches(text))
        {
            foreach (var day in DaysFrom(Number(m, "d1")!.Value, Number(m, "m1")!.Value, Number(m, "d")!.Value, Number(m, "m")!.Value, Year(m)!.Value))
                yield return (day.Day, day.Month, day.Year);
        }

        foreach (Match m in Iso().Matches(text))
            yield return (Number(m, "d")!.Value, Number(m, "m")!.Value, Year(m));
    }

    /// <summary>The days of a numeric range that may cross a month ("30/4-2/5/2025"); none when it does not read as one.</summary>
    private static IEnumerable<DateOnly> DaysFrom(int firstDay, int firstMonth, int lastDay, int lastMonth, int year)
    {
        if (firstMonth is < 1 or > 12 || lastMonth is < 1 or > 12
            || firstDay > DateTime.DaysInMonth(year, firstMonth) || lastDay > DateTime.DaysInMonth(year, lastMonth))
        {
            yield break;
        }

        var first = new DateOnly(year, firstMonth, firstDay);
        var last = new DateOnly(year, lastMonth, lastDay);
        for (var day = first; day <= last && day.DayNumber - first.DayNumber < 31; day = day.AddDays(1)) yield return day;
    }

    private static int Month(string name) =>
        Array.FindIndex(Months, m => m.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1;

    private static int? Number(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    private static int? Year(Match m) => Number(m, "y") is { } y ? (y < 100 ? 2000 + y : y) : null;

    private const string MonthName =
        "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    [GeneratedRegex(@"\b(?<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?<to>-|–|to|and|&)\s*(?<d2>[0-3]?\d)(?:st|nd|rd|th)?)?\s+" + MonthName + @"(?:,?\s+(?<y>\d{4}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<![\d/.])(?<d>[0-3]?\d)[./](?<m>[01]?\d)[./](?<y>\d{4}|\d{2})(?![\d/])")]
    private static partial Regex Numeric();

    /// <summary>"30/4-2/5/2025", "31/1 - 1/2/2017": the first day's month given, the year once at the end.</summary>
    [GeneratedRegex(@"(?<![\d/.])(?<d1>[0-3]?\d)[./](?<m1>[01]?\d)\s*[-–]\s*(?<d>[0-3]?\d)[./](?<m>[01]?\d)[./](?<y>\d{4}|\d{2})(?![\d/])")]
    private static partial Regex NumericRange();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>[01]\d)-(?<d>[0-3]\d)\b")]
    private static partial Regex Iso();
}
