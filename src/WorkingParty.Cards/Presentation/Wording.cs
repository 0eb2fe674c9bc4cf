using System.Globalization;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Cards.Presentation;

/// <summary>How dates, distances in days, citations and shortened passages read, in cards and in text alike.</summary>
public static class Wording
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string DayAndDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    public static string DateRange(DateOnly start, DateOnly? end) =>
        end is { } last && last != start ? $"{DayAndDate(start)} to {DayAndDate(last)}" : DayAndDate(start);

    /// <summary>
    /// A moment for plain text, which no client localizes: on the clock of <paramref name="zone"/>, named, as in
    /// "27 March 2017, 16:05 Brussels time". Cards let Teams write moments in each reader's zone instead (<see cref="AdaptiveCards.LocalTime"/>).
    /// </summary>
    public static string Time(DateTimeOffset moment, TimeZoneInfo zone) =>
        $"{TimeZoneInfo.ConvertTime(moment, zone).ToString("d MMMM yyyy, HH:mm", English)} {TimeZoneLabel.Of(zone, moment)}";

    /// <summary>What kind of date an answer lists, in words: "next-meeting" is "Meeting", "workshop" is "Workshop".</summary>
    public static string DateKind(string kind) => kind switch
    {
        "next-meeting" => "Meeting",
        "workshop" => "Workshop",
        _ => char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' '),
    };

    /// <summary>"Horizontal Working Party on Cyber Issues, meeting of 15 March 2017, item 2": several working parties may share the bot.</summary>
    public static string Citation(Citation source) => $"{source.Body}, meeting of {Days(source.MeetingDate, source.MeetingEndDate)}, item {source.Item}";

    /// <summary>The days of a meeting: "15 March 2017", "15-16 March 2017", "30 March 2017 to 1 April 2017".</summary>
    public static string Days(DateOnly start, DateOnly? end) => end switch
    {
        { } last when last != start && (last.Year, last.Month) == (start.Year, start.Month) => $"{start.Day}-{Date(last)}",
        { } last when last != start => $"{Date(start)} to {Date(last)}",
        _ => Date(start),
    };

    public static string CitationWithTitle(Citation source) =>
        $"{Citation(source)}: {source.ItemTitle}{(source.Corrected is { } corrected ? $" ({Uncapitalised(Corrected(corrected))})" : "")}";

    /// <summary>"Corrected by the secretariat on 27 March 2017": a fact the secretariat corrected over what the minutes say.</summary>
    public static string Corrected(CorrectionMark mark) => $"Corrected by the secretariat on {Date(mark.Day)}";

    public static string DaysToGo(DateOnly today, DateOnly date) => (date.DayNumber - today.DayNumber) switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        > 1 and var days => $"in {days} days",
        var days => $"{-days} days ago",
    };

    public static string DaysLeft(int days) => days switch
    {
        0 => "due today",
        1 => "1 day left",
        > 1 => $"{days} days left",
        -1 => "closed yesterday",
        _ => $"closed {-days} days ago",
    };

    public static string Documents(IReadOnlyList<string> documents) =>
        documents.Count == 0 ? "none named" : string.Join(", ", documents);

    public static string Speakers(IReadOnlyList<string> actors) =>
        actors.Count == 0 ? "No speaker named" : string.Join(", ", actors);

    /// <summary>Cuts a long passage at a word boundary so a card stays within Teams' size limit.</summary>
    public static string Shorten(string text, int maxChars)
    {
        if (text.Length <= maxChars) return text;
        var cut = text.LastIndexOf(' ', maxChars - 1);
        return text[..(cut > maxChars / 2 ? cut : maxChars)].TrimEnd() + " …";
    }

    /// <summary>
    /// "the minutes of the Terrorism Working Party" when a question named working parties, else "the minutes": an answer
    /// with nothing to cite still says whose minutes it read.
    /// </summary>
    public static string MinutesOf(IReadOnlyList<string> scope) =>
        scope.Count == 0 ? "the minutes" : $"the minutes of the {string.Join(" and the ", scope)}";

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Uncapitalised(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>A heading the document shouts ("OUTCOME OF PROCEEDINGS") as a reader would say it: "Outcome of proceedings".</summary>
    public static string SentenceCase(string text) =>
        text.Any(char.IsLower) ? text : Capitalised(text.ToLowerInvariant());

    /// <summary>Quotes user text inside our own sentences.</summary>
    public static string Quoted(string text) => $"\u201C{text}\u201D";
}
