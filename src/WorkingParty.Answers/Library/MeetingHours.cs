using System.Globalization;

namespace WorkingParty.Answers.Library;

/// <summary>
/// The hours of a dated meeting, as the minutes write them right after its date: "on 4 June (morning only,
/// 10.00-13.00)", "on 4 June at 14.30", "on 4 June from 9.30 to 12.30". Read once, while the library is built.
/// </summary>
internal static partial class MeetingHours
{
    /// <summary>How far before the hours the meeting's day may stand ("4 November 2032 (afternoon ...").</summary>
    private const int DayReach = 24;

    [GeneratedRegex(
        @"\((?<hours>[^()]*?\b(?:[01]?\d|2[0-3])[.:h][0-5]\d\b[^()]*|\s*(?:morning|afternoon|full[- ]day|whole[- ]day)\b[^()]*)\)"
        + @"|\b(?:at|from)\s+(?<hours>(?:[01]?\d|2[0-3])[.:h][0-5]\d(?:\s*(?:-|–|to|until)\s*(?:[01]?\d|2[0-3])[.:h][0-5]\d)?(?:\s*(?:hrs|CET|CEST))?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hours();

    /// <summary>The hours written after the event's day in its sentence, or null when none are.</summary>
    public static string? Of(DatedEvent dated)
    {
        var day = dated.Date.Day.ToString(CultureInfo.InvariantCulture);
        foreach (Match match in Hours().Matches(dated.Sentence))
        {
            var before = dated.Sentence[Math.Max(0, match.Index - DayReach)..match.Index];
            if (Words.Split(before).Any(w => w.Lower == day || w.Lower.StartsWith(day, StringComparison.Ordinal) && !char.IsDigit(w.Lower[^1])))
                return match.Groups["hours"].Value.Trim();
        }
        return null;
    }
}
