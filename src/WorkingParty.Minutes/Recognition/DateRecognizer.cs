using System.Globalization;

namespace WorkingParty.Minutes.Recognition;

/// <summary>
/// Finds the dates in a sentence with the date patterns of the definitions, earlier patterns first;
/// a span taken by one pattern is not read again by a later one ("10-13 April 2017" is one range, not "13 April").
/// Two days joined by "and" are one meeting over both only when the second is the day after the first ("9 and 10
/// October", "30 June and 1 July"); else they are two dates ("on 4 and 20 October": two meetings).
/// </summary>
public sealed class DateRecognizer
{
    private readonly IReadOnlyList<Regex> _patterns;
    private readonly MinutesDefinitions _definitions;

    public DateRecognizer(MinutesDefinitions definitions, PatternTemplate template)
    {
        _definitions = definitions;
        _patterns = definitions.Dates.Select(d => template.Compile(d.Pattern)).ToList();
    }

    public IReadOnlyList<DateMention> Recognize(string sentence)
    {
        var taken = new bool[sentence.Length];
        var mentions = new List<DateMention>();
        foreach (var pattern in _patterns)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                if (Overlaps(taken, match) || ToMention(match) is not { } mention)
                {
                    continue;
                }

                Array.Fill(taken, true, match.Index, match.Length);
                mentions.AddRange(match.Groups["joined"].Success && !EndsNextDay(mention) ? Apart(match, mention) : [mention]);
            }
        }

        mentions.Sort((a, b) => a.Index.CompareTo(b.Index));
        return mentions;
    }

    /// <summary>The sentence with each date replaced by its numbered token, for the cue and deadline patterns.</summary>
    public static string Mask(string sentence, IReadOnlyList<DateMention> mentions)
    {
        var masked = sentence;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            masked = string.Concat(masked.AsSpan(0, mentions[i].Index), PatternTemplate.DateToken(i), masked.AsSpan(mentions[i].Index + mentions[i].Length));
        }

        return masked;
    }

    private static bool Overlaps(bool[] taken, Match match)
    {
        for (var i = match.Index; i < match.Index + match.Length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    private DateMention? ToMention(Match match)
    {
        int? year = match.Groups["y"].Success ? Number(match.Groups["y"].Value) : null;
        var month1 = Month(match.Groups["m1"]);
        var month2 = Month(match.Groups["m2"]) ?? month1;
        var part = match.Groups["part"].Success ? match.Groups["part"].Value.ToLowerInvariant() : null;

        if (match.Groups["half"].Success && year is not null
            && _definitions.HalvesOfYear.TryGetValue(match.Groups["half"].Value, out var half))
        {
            return Span(DatePrecision.HalfYear, year, half[0], 1, half[1], 31);
        }

        if (month1 is null)
        {
            // "the end of the year" names no year, but a part of one: the meeting gives it.
            if (year is null && part is null)
            {
                return null;
            }

            var months = Quarter(match.Groups["quarter"])
                ?? (part is not null && _definitions.PartsOfYear.TryGetValue(part, out var p) ? p : [1, 12]);
            return Span(DatePrecision.Year, year, months[0], 1, months[1], 31) with { DueDay = DueAtYearPart(part) };
        }

        if (part is not null)
        {
            return _definitions.PartsOfMonth.TryGetValue(part, out var days)
                ? Span(DatePrecision.PartOfMonth, year, month1.Value, days[0], month1.Value, days[1]) with { DueDay = DueInMonth(part) }
                : null;
        }

        if (!match.Groups["d1"].Success)
        {
            return Span(DatePrecision.Month, year, month1.Value, 1, month1.Value, 31);
        }

        var day1 = Number(match.Groups["d1"].Value);
        if (!Valid(month1.Value, day1))
        {
            return null;
        }

        if (!match.Groups["d2"].Success)
        {
            return new DateMention(match.Index, match.Length, DatePrecision.Day, year, month1.Value, day1, month1.Value, day1, false);
        }

        var day2 = Number(match.Groups["d2"].Value);
        return Valid(month2!.Value, day2)
            ? new DateMention(match.Index, match.Length, DatePrecision.Day, year, month1.Value, day1, month2.Value, day2, true)
            : null;

        DateMention Span(DatePrecision precision, int? y, int sm, int sd, int em, int ed) =>
            new(match.Index, match.Length, precision, y, sm, sd, em, ed, true);
    }

    private static bool EndsNextDay(DateMention range)
    {
        var year = range.Year ?? 2000;
        return new DateOnly(year, range.StartMonth, range.StartDay).AddDays(1) == new DateOnly(year, range.EndMonth, range.EndDay);
    }

    /// <summary>
    /// "4 and 20 October 2022": "4" and "20 October 2022", each a day of the month and year written once; "28 February
    /// and 14 March 2023": the year is written for the second only, as when each is read alone.
    /// </summary>
    private static DateMention[] Apart(Match match, DateMention range)
    {
        var joined = match.Groups["joined"];
        var firstLength = match.Value[..(joined.Index - match.Index)].TrimEnd().Length;
        var ownMonths = match.Groups["m2"].Success;
        return
        [
            range with { Length = firstLength, Year = ownMonths ? null : range.Year, EndMonth = range.StartMonth, EndDay = range.StartDay, IsRange = false },
            range with { Index = match.Groups["d2"].Index, Length = match.Index + match.Length - match.Groups["d2"].Index, StartMonth = range.EndMonth, StartDay = range.EndDay, IsRange = false },
        ];
    }

    /// <summary>The months of a quarter ("first quarter", "Q3"), or null when none is named.</summary>
    private int[]? Quarter(Group group) =>
        group.Success && _definitions.QuartersOfYear?.TryGetValue(group.Value.ToLowerInvariant(), out var months) == true ? months : null;

    private int? DueInMonth(string part) =>
        _definitions.DueDays?.PartsOfMonth.TryGetValue(part, out var day) == true ? day : null;

    private int? DueAtYearPart(string? part) =>
        part is not null && _definitions.DueDays?.PartsOfYear.Contains(part) == true ? 31 : null;

    private int? Month(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        return _definitions.Months.TryGetValue(group.Value, out var month) ? month : Number(group.Value);
    }

    private static bool Valid(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
