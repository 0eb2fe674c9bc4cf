using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>Next meetings said in other words, another body's meetings left out, and moves read across the whole document.</summary>
public class NextMeetingTests
{
    private static Meeting Minutes(string item1, string item2 = "Nothing was raised.") =>
        Parse($"Brussels, 14 May 2025\nOUTCOME OF PROCEEDINGS\nOn: 6 May 2025\nTo: Delegations\nSubject: Working Party on Maritime Transport (WPMT)\n\n1. Work programme\n\n{item1}\n\n2. AOB\n\n{item2}").Meeting!;

    private static IEnumerable<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled").Select(e => e.Date);

    [Fact]
    public void Another_bodys_meeting_in_lower_case_words_is_not_ours_but_our_own_acronym_is()
    {
        var m = Minutes("The Presidency recalled that the next plenary meeting of IMO would take place on 12 June 2025. The next meeting of the WPMT is scheduled for 3 June 2025.");

        Assert.Equal([D("2025-06-03")], NextMeetings(m));
    }

    [Fact]
    public void Meetings_set_for_a_semester_or_a_presidency_and_an_item_for_a_named_meeting_are_next_meetings()
    {
        Assert.Equal([D("2025-06-10"), D("2025-06-24")], NextMeetings(Minutes("The last two meetings under this Presidency are set for 10 June and 24 June.")));
        Assert.Equal([D("2025-07-09")], NextMeetings(Minutes("The first meeting of the new semester is foreseen for 9 July.")));
        Assert.Equal([D("2025-05-27")], NextMeetings(Minutes("The next informal video meeting will take place on 27 May.")));
        Assert.Equal([D("2025-06-09")], NextMeetings(Minutes("The Commission will present the study at the meeting of 9 June.")));
    }

    [Fact]
    public void The_year_or_half_year_of_a_meeting_given_its_day_in_the_same_sentence_is_no_meeting_of_its_own()
    {
        Assert.Equal([D("2025-06-03"), D("2026-01-15")],
            NextMeetings(Minutes("The next meeting will take place on 3 June 2025. The Working Party will meet for the first time in 2026 on 15 January 2026.")));
        Assert.Equal([D("2025-09-09")], NextMeetings(Minutes("The Working Party will meet again in the second half of 2025, on 9 September.")));
    }

    [Fact]
    public void The_meetings_of_the_working_party_under_a_presidency_and_the_following_dates_an_incoming_one_gives_are_next_meetings()
    {
        var m = Minutes("The remaining meetings of the Working Party under the Polish Presidency will take place on 10 June and 24 June 2025. "
            + "The incoming Danish Presidency has indicated the following dates in 2025: 9 July and 3 September.");

        Assert.Equal([D("2025-06-10"), D("2025-06-24"), D("2025-07-09"), D("2025-09-03")], NextMeetings(m));
    }

    [Fact]
    public void In_a_joint_meeting_each_bodys_own_date_with_the_verb_left_out_is_a_next_meeting()
    {
        var m = Parse("Brussels, 14 May 2025\nOUTCOME OF PROCEEDINGS\nOn: 6 May 2025\nTo: Delegations\n"
            + "Subject: Joint meeting of the Working Party on Glaciers and the Working Party on Permafrost\n\n1. AOB\n\n"
            + "The Working Party on Glaciers will meet on 3 June 2025 and the Working Party on Permafrost on 5 June 2025.").Meeting!;

        Assert.Equal([D("2025-06-03"), D("2025-06-05")], NextMeetings(m));
    }

    [Fact]
    public void A_next_meeting_in_a_half_year_keeps_the_minutes_words()
    {
        var m = Minutes("A further meeting is envisaged in the second half of 2025.");

        var meeting = Assert.Single(m.Events, e => e.Kind == EventKind.NextMeeting);
        Assert.Equal((D("2025-07-01"), "A further meeting is envisaged (second half of 2025)"), (meeting.Date, meeting.Description));
    }

    [Fact]
    public void A_date_to_be_confirmed_keeps_the_kind_of_its_list()
    {
        var m = Minutes("The next meetings will be held on 3 June, 17 June (to be confirmed) and 1 July.");

        Assert.Equal([D("2025-06-03"), D("2025-06-17"), D("2025-07-01")], NextMeetings(m));
    }

    [Fact]
    public void A_meeting_moved_or_cancelled_later_in_the_minutes_leaves_the_earlier_list()
    {
        var m = Minutes("The next meetings will be held on 3 June, 17 June and 1 July.",
            "The Presidency informed delegations that the meeting of 17 June is postponed to 24 June. The meeting of 1 July has been cancelled.");

        Assert.Equal([D("2025-06-03"), D("2025-06-24")], NextMeetings(m).Order());
        Assert.Equal(["moved"], m.Events.Where(e => e.Date == D("2025-06-17")).Select(e => e.Status));
    }

    [Fact]
    public void Cancelled_stays_in_its_own_clause()
    {
        var m = Minutes("The meeting of 20 May was cancelled and the next meeting will take place on 27 May.");

        Assert.Equal([D("2025-05-27")], NextMeetings(m));
        Assert.Contains(m.Events, e => e.Date == D("2025-05-20") && e.Status == "cancelled");
    }

    [Theory]
    [InlineData("The Polish Presidency announced that a last meeting will take place on 17 June.", "2025-06-17")]
    [InlineData("One final meeting would be held on 24 June, devoted to the draft report.", "2025-06-24")]
    [InlineData("The Presidency said it would hold its last meeting of the Working Party on 1 July.", "2025-07-01")]
    public void A_last_meeting_still_to_come_is_a_next_meeting(string sentence, string date)
    {
        Assert.Equal([D(date)], NextMeetings(Minutes(sentence)));
    }
}
