using System.Text;

namespace WorkingParty.Cards.Calendar;

/// <summary>
/// A stable, URL-safe id for a coming date: the meeting that announced it, the date and the kind. The same date
/// read from the same minutes always gets the same id, so calendar clients update an event instead of doubling it.
/// </summary>
public static class CalendarEventId
{
    public static string For(UpcomingDate date) =>
        $"{Slug(date.Source.MeetingId)}_{date.Date:yyyy-MM-dd}_{Slug(date.Kind)}";

    /// <summary>The coming date whose id is <paramref name="id"/>, if any (the bot host serves its .ics).</summary>
    public static UpcomingDate? Find(IEnumerable<UpcomingDate> dates, string id) =>
        dates.FirstOrDefault(date => For(date) == id);

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
