using Microsoft.Extensions.DependencyInjection;
using WorkingParty.Bot.Hosting;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Storage.Time;

namespace WorkingParty.Bot.Tests.Clock;

/// <summary>"Today" is the working party's day, the same for the cards' calendar and for the rest of the bot.</summary>
public sealed class WorkingPartyCalendarTests
{
    [Fact]
    public void The_host_zones_its_clock_and_its_calendar_with_the_configured_time_zone()
    {
        using var bot = new TurnRunner();
        var services = bot.Services;

        var time = services.GetRequiredService<TimeProvider>();
        var calendar = services.GetRequiredService<WorkingPartyCalendar>();

        Assert.Equal("Europe/Brussels", time.LocalTimeZone.Id);
        Assert.Equal(time.LocalTimeZone, calendar.Zone);
        Assert.Equal((new DateOnly(2017, 3, 25), new DateOnly(2017, 3, 25)), (calendar.Today, time.Today()));
    }
}
