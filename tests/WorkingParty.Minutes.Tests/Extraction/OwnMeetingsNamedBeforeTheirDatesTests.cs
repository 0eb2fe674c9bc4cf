using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Our coming meetings named by our short name before "meetings" ("The LIGHT meetings in 2032 are scheduled for ..."),
/// as the first meeting of our body under a Presidency, and listed "in &lt;year&gt; as follows:".
/// </summary>
public class OwnMeetingsNamedBeforeTheirDatesTests
{
    private static List<DateOnly> NextMeetings(string aob) =>
        Read("Brussels, 3 October 2031\nOUTCOME OF PROCEEDINGS\nOn: 29 September 2031\nTo: Working Party on Lighthouses (LIGHT)\n"
            + $"Subject: Summary of discussions\n\n1. Beacon maintenance\n\nThe Commission presented its report.\n\n2. AOB\n\n{aob}")
            .Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date).Order().ToList();

    [Fact]
    public void Our_short_name_before_meetings_in_a_year_scheduled_for_gives_those_dates()
    {
        Assert.Equal([D("2032-01-13"), D("2032-02-17")],
            NextMeetings("The incoming Presidency presented its priorities. The LIGHT meetings in 2032 are scheduled for 13 January and 17 February."));
    }

    [Fact]
    public void The_first_meeting_of_our_body_under_the_incoming_presidency_is_our_next_meeting()
    {
        Assert.Equal([D("2032-01-20")],
            NextMeetings("The incoming Presidency informed delegations that the first meeting of LIGHT under its Presidency would take place on 20 January."));
    }

    [Fact]
    public void Next_meetings_scheduled_in_a_year_as_follows_are_listed_with_that_year()
    {
        Assert.Equal([D("2031-10-21"), D("2031-11-18"), D("2031-12-09")],
            NextMeetings("The next meetings of the Working Party are scheduled in 2031 as follows: 21 October, 18 November and 9 December."));
    }
}
