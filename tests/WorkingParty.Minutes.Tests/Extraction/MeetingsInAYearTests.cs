using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// "The remaining meetings of the Working Party in 2031 are scheduled for ..." and "Meetings of the Working Party in
/// 2032 will take place on ...": the year phrase between the meetings and their dates gives the year of the dates.
/// </summary>
public class MeetingsInAYearTests
{
    private static List<DateOnly> NextMeetings(string aob) =>
        Read("Brussels, 3 October 2031\nOUTCOME OF PROCEEDINGS\nOn: 29 September 2031\nTo: Working Party on Lighthouses\n"
            + $"Subject: Summary of discussions\n\n1. Beacon maintenance\n\nThe Commission presented its report.\n\n2. AOB\n\n{aob}")
            .Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date).Order().ToList();

    [Fact]
    public void Remaining_meetings_of_the_working_party_in_a_year_are_scheduled_for_its_dates()
    {
        Assert.Equal([D("2031-11-18"), D("2031-12-09")],
            NextMeetings("The remaining meetings of the Working Party in 2031 are scheduled for 18 November and 9 December."));
    }

    [Fact]
    public void Meetings_of_the_working_party_in_the_next_year_take_place_on_its_dates()
    {
        Assert.Equal([D("2032-01-14"), D("2032-02-03")],
            NextMeetings("Meetings of the Working Party in 2032 will take place on 14 January and 3 February."));
    }

    [Fact]
    public void The_year_phrase_gives_the_year_of_dates_written_without_one()
    {
        Assert.Equal([D("2033-03-08"), D("2033-04-05")],
            NextMeetings("The meetings of the Working Party in 2033 have been provisionally planned for 8 March and 5 April."));
    }
}
