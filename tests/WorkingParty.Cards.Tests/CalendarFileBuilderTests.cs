using Microsoft.Extensions.Time.Testing;
using WorkingParty.Cards.Calendar;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

public sealed class CalendarFileBuilderTests
{
    private readonly CalendarFileBuilder _builder = new(new FakeTimeProvider(new DateTimeOffset(2017, 3, 24, 9, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void A_meeting_is_an_all_day_event_citing_the_minutes()
    {
        var ics = Unfold(_builder.Build(SeedAnswers.NextMeetings().Dates[0], "HWP Cyber"));

        Assert.Contains("BEGIN:VCALENDAR", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20170419", ics);
        Assert.Contains("DTEND;VALUE=DATE:20170420", ics);
        Assert.Contains("SUMMARY:HWP Cyber: Next meeting", ics);
        Assert.Contains("meeting of 15 March 2017\\, item 2", ics);
        Assert.Contains("DTSTAMP:20170324T093000Z", ics);
        Assert.Contains("UID:hwp-cyber-2017-03-15_2017-04-19_next-meeting@working-party-bot", ics);
    }

    [Fact]
    public void A_date_range_ends_the_day_after_its_last_day()
    {
        var range = SeedAnswers.NextMeetings().Dates[0] with { EndDate = new DateOnly(2017, 4, 20) };

        Assert.Contains("DTEND;VALUE=DATE:20170421", Unfold(_builder.Build(range, "HWP Cyber")));
    }

    [Fact]
    public void The_same_date_gets_the_same_uid_and_different_dates_do_not()
    {
        var dates = SeedAnswers.NextMeetings().Dates;

        Assert.Equal(CalendarEventId.For(dates[0]), CalendarEventId.For(dates[0] with { Description = "reworded" }));
        Assert.Equal(3, dates.Select(CalendarEventId.For).Distinct().Count());
        Assert.Same(dates[1], CalendarEventId.Find(dates, CalendarEventId.For(dates[1])));
        Assert.Null(CalendarEventId.Find(dates, "no-such-date"));
    }

    /// <summary>iCalendar folds lines at 75 octets; tests read them whole.</summary>
    private static string Unfold(string ics) => ics.Replace("\r\n ", "");
}
