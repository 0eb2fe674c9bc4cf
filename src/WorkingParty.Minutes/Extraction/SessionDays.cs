using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Dates the session and day headings items stand under: the day the heading gives ("Wednesday 11 June (afternoon)"),
/// else the day of the meeting with the weekday it names, else the day of the heading before it ("Afternoon session"),
/// else the meeting's day the heading numbers ("Day 2"), else the meeting's first day.
/// </summary>
public sealed partial class SessionDays(DateRecognizer dates, DateOnly meeting, DateOnly? lastDay)
{
    private static readonly string[] DayWords = ["1", "2", "3", "4", "5", "one", "two", "three", "four", "five", "first", "second", "third", "fourth", "fifth"];
    [System.Text.RegularExpressions.GeneratedRegex(
        @"^(?:Day\s+(?<n>[1-5]|one|two|three|four|five)|(?<n>First|Second|Third|Fourth|Fifth)\s+day)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NumberedDayPattern();

    private DateOnly? _current = meeting;

    public IReadOnlyList<Session> Date(IReadOnlyList<string> headings) => headings.Select(Date).ToList();

    private Session Date(string heading)
    {
        var day = dates.Recognize(heading).FirstOrDefault(m => m.Precision == DatePrecision.Day) is { } mention
            ? MentionYears.Resolve(mention, meeting, Tense.Unknown).Start
            : Weekday(heading) ?? NumberedDay(heading) ?? _current;
        _current = day;
        return new Session(heading, day);
    }

    /// <summary>"Day 2", "Second day": that day of the meeting, when the meeting has it.</summary>
    private DateOnly? NumberedDay(string heading)
    {
        var match = NumberedDayPattern().Match(heading);
        if (!match.Success)
        {
            return null;
        }

        var n = Array.IndexOf(DayWords, match.Groups["n"].Value.ToLowerInvariant()) % 5;
        var day = meeting.AddDays(n);
        return day <= (lastDay ?? meeting) ? day : null;
    }

    private DateOnly? Weekday(string heading)
    {
        var days = Enumerable.Range(0, (lastDay ?? meeting).DayNumber - meeting.DayNumber + 1).Select(meeting.AddDays);
        return days.Cast<DateOnly?>().FirstOrDefault(d => heading.Contains(d!.Value.DayOfWeek.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}
