using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Our coming meetings announced by the Presidency named by its country, by the body's head noun, as further
/// meetings, or as a calendar for a year; part of a month kept as that span; deadlines worded as extensions, as what
/// may still be sent, as what is to be done; and a sentence wrapped before a number that is no list number.
/// </summary>
public class PresidencyCountryAndDeadlineWordingTests
{
    private const string Header = "Brussels, 14 March 2036\nOUTCOME OF PROCEEDINGS\nOn: 5 March 2036\nTo: Delegations\nSubject: Committee on Inland Navigation Statistics (CINS)\n\n";

    private static Meeting Minutes(string aob) =>
        Read($"{Header}1. Barge counts\n\nThe Commission presented its methodology.\n\n2. AOB\n\n{aob}");

    private static List<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled").Select(e => e.Date).Order().ToList();

    [Theory]
    [InlineData("The incoming Slovenian Presidency announced that it intended to convene the Committee on 9 April 2036.")]
    [InlineData("The Chair (SI) said that the next meeting would take place on 9 April.")]
    [InlineData("SI said that the first meeting under its Presidency was tentatively set for 9 April.")]
    [InlineData("The Chair said that the next meeting, under the incoming Croatian Presidency, would be held on 9 April.")]
    [InlineData("The Committee will meet again on 9 April.")]
    [InlineData("The Group would instead meet on 9 April.")]
    [InlineData("One further meeting is foreseen for 9 April.")]
    [InlineData("A last videoconference under this Presidency is scheduled on 9 April.")]
    [InlineData("HR said that the first CINS meeting under its Presidency would be on 9 April.")]
    [InlineData("The Slovenian delegation said the Slovenian Presidency planned to convene the Committee on 9 April.")]
    [InlineData("The meeting of 2 April will be replaced by one on 9 April.")]
    public void A_meeting_of_ours_announced_in_other_words_is_a_next_meeting(string sentence)
    {
        Assert.Equal([D("2036-04-09")], NextMeetings(Minutes(sentence)));
    }

    [Theory]
    [InlineData("The incoming Presidency shared tentative dates for 2036: 9 April, 7 May.")]
    [InlineData("During the Croatian Presidency, meetings are planned on 9 April and 7 May 2036.")]
    [InlineData("Further meetings are provisionally set for 9 April and 7 May.")]
    [InlineData("Further meetings of the Committee would be held in 2036 on 9 April and 7 May.")]
    [InlineData("The Committee should meet on 9 April and possibly on 7 May.")]
    public void A_list_of_our_meeting_dates_is_two_next_meetings(string sentence)
    {
        Assert.Equal([D("2036-04-09"), D("2036-05-07")], NextMeetings(Minutes(sentence)));
    }

    [Fact]
    public void Another_bodys_meeting_announced_by_a_delegation_stays_an_event()
    {
        var m = Minutes("SI said that the next meeting of the Danube Navigation Board would take place on 9 April.");

        Assert.Empty(NextMeetings(m));
    }

    [Theory]
    [InlineData("in the second half of April", "2036-04-16", "2036-04-30")]
    [InlineData("in the first half of April", "2036-04-01", "2036-04-15")]
    public void A_half_month_is_kept_as_that_span(string when, string start, string end)
    {
        var e = Assert.Single(Minutes($"The next meeting will take place {when}.").Events, e => e.Kind == EventKind.NextMeeting);

        Assert.Equal((D(start), (DateOnly?)D(end), DatePrecision.PartOfMonth), (e.Date, e.EndDate, e.Precision));
    }

    [Theory]
    [InlineData("The time limit for replies to the barge questionnaire was extended from 20 March to 3 April.", "2036-04-03")]
    [InlineData("The cut-off for the barge figures has been extended to 3 April.", "2036-04-03")]
    [InlineData("The time limit for the barge figures, extended on 2 March to 3 April, was recalled.", "2036-04-03")]
    [InlineData("Delegations that had not replied could still send their barge figures until 3 April.", "2036-04-03")]
    [InlineData("Any objection has to be notified to the Secretariat by 3 April.", "2036-04-03")]
    [InlineData("The barge figures were to be submitted by 3 April.", "2036-04-03")]
    [InlineData("Member States are to designate two statistical correspondents by 3 April.", "2036-04-03")]
    [InlineData("A silence procedure will follow, to end on 3 April.", "2036-04-03")]
    public void A_deadline_in_other_words_is_a_deadline(string sentence, string due)
    {
        var m = Minutes(sentence);

        Assert.Contains(m.Deadlines, d => d.Date == D(due));
        Assert.DoesNotContain(m.Deadlines, d => d.Date == D("2036-03-20"));
    }

    [Fact]
    public void A_second_date_coordinated_after_a_deadline_is_a_deadline_too()
    {
        var m = Minutes("Delegations were invited to comment on Part A by 20 March, and on Part B no later than 3 April.");

        Assert.Equal([D("2036-03-20"), D("2036-04-03")], m.Deadlines.Select(d => d.Date).Order());
    }

    [Theory]
    [InlineData("Delegations were invited to send drafting suggestions on Articles 2 and\n9 to the Presidency no later than 3 April.")]
    [InlineData("Delegations were invited to send drafting suggestions on Articles 2 and\n19 to the Presidency no later than 3 April.\n6412/36\nKM/rs\nTREE.2.A\n2\nEN")]
    [InlineData("Delegations were invited to send drafting suggestions on Articles 2 and\n19 to the Presidency no later than 3 April.\n\n6412/36\nKM/rs\nTREE.2.A\n2\nEN")]
    public void A_number_at_a_line_start_inside_a_sentence_is_no_list_number(string text)
    {
        var m = Minutes(text);

        Assert.Contains(m.Deadlines, d => d.Date == D("2036-04-03"));
    }
}
