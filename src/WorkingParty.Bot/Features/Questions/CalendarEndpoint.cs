using System.Text;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Cards.Calendar;
using WorkingParty.Storage.Time;

namespace WorkingParty.Bot.Features.Questions;

/// <summary>GET /calendar/{id}.ics: the file behind a next-meeting card's "Add to calendar" button.</summary>
public static class CalendarEndpoint
{
    public static IEndpointRouteBuilder MapCalendarFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{id}.ics", async (string id, MinutesCatalog catalog, TimeProvider time, CalendarFileBuilder files, CancellationToken cancellationToken) =>
        {
            var answerer = await catalog.GetAnswererAsync(cancellationToken);
            return CalendarEventId.Find(answerer.UpcomingDates(time.Today()), id) is { } date
                ? Results.File(Encoding.UTF8.GetBytes(files.Build(date, date.Source.Body)), CalendarFileBuilder.MediaType, $"{id}.ics")
                : Results.NotFound();
        });
        return endpoints;
    }
}
