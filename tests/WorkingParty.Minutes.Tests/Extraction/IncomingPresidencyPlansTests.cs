using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Our coming meetings told by a delegation about what the incoming Presidency plans ("the incoming Presidency
/// planned to meet on", "would convene the first meeting of the Working Party on"), and a second meeting told as
/// "the following one on" after the next one.
/// </summary>
public class IncomingPresidencyPlansTests
{
    private const string Header = "Brussels, 20 November 2031\nOUTCOME OF PROCEEDINGS\nOn: 11 November 2031\nTo: Delegations\nSubject: Working Party on Inland Fisheries\n\n";

    private static Meeting Minutes(string aob) =>
        Read($"{Header}1. Eel stocks\n\nThe Commission presented its report.\n\n2. AOB\n\n{aob}");

    private static List<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled").Select(e => e.Date).Order().ToList();

    [Theory]
    [InlineData("The PT delegation informed the Working Party that the incoming Presidency planned to meet in 2032 on 13 January and 3 February, with a focus on eel stocks.")]
    [InlineData("The Portuguese delegation said that the incoming Presidency intended to continue the work and would convene the first meeting of the Working Party on 13 January, and a second one on 3 February.")]
    [InlineData("The next meeting of the Working Party will take place on 13.01.2032 and the following one on 3 February (afternoon only).")]
    public void Meetings_the_incoming_Presidency_plans_are_next_meetings(string sentence)
    {
        Assert.Equal([D("2032-01-13"), D("2032-02-03")], NextMeetings(Minutes(sentence)));
    }

    [Fact]
    public void Meetings_a_delegation_announces_on_behalf_of_the_incoming_Presidency_are_next_meetings() =>
        Assert.Equal([D("2032-01-13"), D("2032-02-03")], NextMeetings(Minutes(
            "The Portuguese delegation, on behalf of the incoming Presidency, informed delegations that it intended to convene the Working Party on 13 January and 3 February, with eel stocks as the main item.")));

    [Fact]
    public void Two_days_of_one_month_joined_by_and_are_two_next_meetings_unless_the_second_is_the_next_day()
    {
        Assert.Equal([D("2031-12-02"), D("2031-12-16")], NextMeetings(Minutes("The Chair informed the Working Party that it would meet again on this file on 2 and 16 December 2031.")));
        var twoDays = Assert.Single(Minutes("The next meeting will take place on 2 and 3 December 2031.").Events, e => e.Kind == EventKind.NextMeeting);
        Assert.Equal((D("2031-12-02"), (DateOnly?)D("2031-12-03")), (twoDays.Date, twoDays.EndDate));
    }

    [Theory]
    [InlineData("The PT delegation said that the incoming Presidency planned to meet the European Parliament's rapporteur on 13 January.")]
    [InlineData("The PT delegation said that the incoming Presidency would hold an informal ministerial conference on 13 January.")]
    public void What_the_incoming_Presidency_plans_with_others_is_no_meeting_of_ours(string sentence)
    {
        Assert.Empty(NextMeetings(Minutes(sentence)));
    }
}
