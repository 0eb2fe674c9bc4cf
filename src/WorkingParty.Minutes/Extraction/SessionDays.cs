using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Dates the session and day headings items stand under: the day the heading gives ("Wednesday 11 June (afternoon)"),
/// else the day of the meeting with the weekday it names, else the day of the heading before it ("Afternoon session"),
/// else the meeting's first day.
/// </summary>
public sealed class SessionDays(DateRecognizer dates, DateOnly meeting, DateOnly? lastDay)
{
    private DateOnly? _current = meeting;

    public IReadOnlyList<Session> Date(IReadOnlyList<string> headings) => headings.Select(Date).ToList();

    private Session Date(string heading)
    {
        var day = dates.Recognize(heading).FirstOrDefault(m => m.Precision == DatePrecision.Day) is { } mention
            ? MentionYears.Resolve(mention, meeting, Tense.Unknown).Start
            : Weekday(heading) ?? _current;
        _current = day;
        return new Session(heading, day);
    }

    private DateOnly? Weekday(string heading)
    {
        var days = Enumerable.Range(0, (lastDay ?? meeting).DayNumber - meeting.DayNumber + 1).Select(meeting.AddDays);
        return days.Cast<DateOnly?>().FirstOrDefault(d => heading.Contains(d!.Value.DayOfWeek.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}
