using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Our coming meetings given by the incoming Presidency or a delegation that will hold it: "has planned meetings on",
/// a year between "planned" and "on", the body's dates or meetings listed after a colon, the first meeting under its term, the
/// body that "would first gather"; and our meeting first set for one day that will take place on another.
/// </summary>
public class CalendarOfTheNextPresidencyTests
{
    private const string Header = "Brussels, 14 March 2036\nOUTCOME OF PROCEEDINGS\nOn: 5 March 2036\nTo: Delegations\nSubject: Committee on Inland Navigation Statistics (CINS)\n\n";

    private static Meeting Minutes(string aob) =>
        Read($"{Header}1. Barge counts\n\nThe Commission presented its methodology.\n\n2. AOB\n\n{aob}");

    private static List<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status is not "cancelled" and not "moved").Select(e => e.Date).Order().ToList();

    [Theory]
    [InlineData("The incoming Slovak Presidency has planned meetings on 9 April and 7 May.")]
    [InlineData("Meetings are planned, in 2036, on 9 April and 7 May.")]
    [InlineData("Meetings are scheduled in 2036 on 9 April and 7 May.")]
    [InlineData("PT set out the dates it foresees for the Committee: 9 April and 7 May.")]
    [InlineData("The Lithuanian delegation presented the Committee's provisional dates: 9 April, 7 May.")]
    [InlineData("As announced by LT, the Committee would first gather under its Presidency on 9 April and 7 May.")]
    [InlineData("The Lithuanian delegation presented the indicative dates of the CINS meetings under its Presidency in 2036: 9 April and 7 May.")]
    [InlineData("The incoming Presidency gave the provisional dates of the Committee in 2036: 9 April, 7 May.")]
    [InlineData("The incoming Presidency announced the meetings of the Working Party in 2036: 9 April and 7 May.")]
    [InlineData("The Lithuanian delegation listed the Group's meetings under its Presidency: 9 April, 7 May.")]
    public void Dates_of_ours_given_by_the_next_Presidency_are_next_meetings(string sentence)
    {
        Assert.Equal([D("2036-04-09"), D("2036-05-07")], NextMeetings(Minutes(sentence)));
    }

    [Theory]
    [InlineData("Calendar of the incoming Presidency")]
    [InlineData("Calendar of the Latvian Presidency")]
    public void A_delegation_telling_our_dates_under_the_presidencys_calendar_gives_next_meetings(string heading)
    {
        var m = Read($"{Header}1. Barge counts\n\nThe Commission presented its methodology.\n\n2. AOB\n\na) {heading}\n\n"
            + "The Latvian delegation informed delegations that the Committee would meet in 2036 on 9 April and 7 May.\n\nb) Lock statistics\n\nNo discussion took place.");

        Assert.Equal([D("2036-04-09"), D("2036-05-07")], NextMeetings(m));
    }

    [Fact]
    public void The_first_meeting_under_the_delegations_term_is_a_next_meeting()
    {
        Assert.Equal([D("2036-04-09")], NextMeetings(Minutes("LT said that the first meeting under its term was tentatively set for 9 April.")));
    }

    [Fact]
    public void Our_meeting_first_set_for_one_day_that_will_take_place_on_another_is_a_next_meeting_and_the_first_day_moved()
    {
        var m = Minutes("The CINS meeting first scheduled for 2 April would take place on 9 April.");

        Assert.Equal([D("2036-04-09")], NextMeetings(m));
        Assert.DoesNotContain(m.Events, e => e.Date == D("2036-04-02") && e.Kind == EventKind.NextMeeting && e.Status != "moved");
    }

    [Fact]
    public void Another_bodys_dates_given_by_a_delegation_stay_events()
    {
        Assert.Empty(NextMeetings(Minutes("PT set out the dates it foresees for the Council: 9 April and 7 May.")));
    }
}
