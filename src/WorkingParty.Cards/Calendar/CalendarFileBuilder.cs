using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WorkingParty.Cards.Presentation;

namespace WorkingParty.Cards.Calendar;

/// <summary>
/// The .ics file behind "Add to calendar": one all-day event (or a run of days) per coming date, with a UID that
/// stays the same for the same date from the same minutes.
/// </summary>
public sealed class CalendarFileBuilder(TimeProvider time)
{
    public const string MediaType = "text/calendar";
    private const string UidDomain = "working-party-bot";

    public string Build(UpcomingDate date, string workingParty)
    {
        var lastDay = date.EndDate ?? date.Date;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{CalendarEventId.For(date)}@{UidDomain}",
            Summary = $"{workingParty}: {Wording.DateKind(date.Kind)}",
            Description = Description(date),
            DtStart = new CalDateTime(date.Date),
            // DTEND of an all-day event is exclusive: the day after the last day.
            DtEnd = new CalDateTime(lastDay.AddDays(1)),
            DtStamp = new CalDateTime(time.GetUtcNow().UtcDateTime, "UTC"),
            Transparency = "TRANSPARENT",
        };
        var calendar = new Ical.Net.Calendar { ProductId = $"-//{UidDomain}//cards//EN" };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Description(UpcomingDate date)
    {
        var lines = new List<string> { date.Description, $"Source: {Wording.CitationWithTitle(date.Source)}" };
        if (date.ChangedBy is not null) lines.Add($"Changed by {date.ChangedBy}");
        return string.Join("\n", lines);
    }
}
