using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Round 4 of the reader (issue 12): a yearless date spoken of as past is never next year's next meeting; our own
/// schedule said as a dashed calendar, a year before its days, an enumeration over an inserted clause or a move without
/// "postponed" is a next meeting; a request to nominate or confirm something by a date is a deadline.
/// </summary>
public class PastReferenceAndScheduleTests
{
    private const string Header = "Brussels, 2 October 2026\nOUTCOME OF PROCEEDINGS\nOn: 24 September 2026\nTo: Delegations\nSubject: Working Party on Inland Waterways (WPIW)\n\n";

    private static Meeting Minutes(string aob) =>
        Read($"{Header}1. Barge emissions\n\nThe Commission presented its impact study.\n\n2. AOB\n\n{aob}");

    private static IEnumerable<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled" && e.Doubt is null).Select(e => e.Date).Order();

    [Theory]
    [InlineData("The Commission replied to the questions raised at the meeting of 11 February.")]
    [InlineData("The Presidency responded to comments made at the meeting of 11 February on the scope.")]
    [InlineData("Delegations recalled the concerns voiced during the meeting on 11 February.")]
    [InlineData("The compromise follows the orientation debate held on 11 February.")]
    public void A_yearless_date_spoken_of_as_past_is_past_and_no_next_meeting(string sentence)
    {
        var m = Minutes(sentence);

        Assert.DoesNotContain(m.Events, e => e.Kind == EventKind.NextMeeting);
        var past = Assert.Single(m.Events);
        Assert.Equal((D("2026-02-11"), EventKind.PastEvent), (past.Date, past.Kind));
    }

    [Fact]
    public void A_future_at_the_meeting_of_is_still_a_next_meeting()
    {
        Assert.Equal([D("2026-10-08")], NextMeetings(Minutes("The Commission would present the revised annex at the meeting of 8 October.")));
        Assert.Equal([D("2026-10-08")], NextMeetings(Minutes("The text will be discussed at the meeting of 8 October.")));
    }

    [Fact]
    public void A_next_meeting_whose_year_is_guessed_far_ahead_is_doubtful()
    {
        var m = Minutes("The next meeting of the Working Party would take place on 3 May.");

        var next = Assert.Single(m.Events, e => e.Kind == EventKind.NextMeeting);
        Assert.Equal(D("2027-05-03"), next.Date);
        Assert.NotNull(next.Doubt);
        Assert.Null(Assert.Single(Minutes("The next meeting of the Working Party would take place on 3 May 2027.").Events).Doubt);
    }

    [Fact]
    public void A_calendar_after_a_colon_with_dashes_gives_next_meetings_and_a_cancelled_date()
    {
        var m = Minutes("The Chair set out the calendar for the coming weeks: - 6 October; - 20 October (videoconference); - no meeting on 3 November; - in 2027: 14 and 28 January.");

        Assert.Equal([D("2026-10-06"), D("2026-10-20"), D("2027-01-14"), D("2027-01-28")], NextMeetings(m));
        Assert.Contains(m.Events, e => e.Date == D("2026-11-03") && e.Status == "cancelled");
    }

    [Fact]
    public void A_year_before_the_days_only_dates_the_days()
    {
        var m = Minutes("The meetings of the Working Party are planned for 2027 on 12 January, 26 January and 9 February.");

        Assert.Equal([D("2027-01-12"), D("2027-01-26"), D("2027-02-09")], NextMeetings(m));
        Assert.DoesNotContain(m.Events, e => e.Precision == DatePrecision.Year);
        var inYear = Minutes("The Working Party's meetings are foreseen in 2027 on 12 January and 26 January.");
        Assert.Equal([D("2027-01-12"), D("2027-01-26")], NextMeetings(inYear));
        Assert.DoesNotContain(inYear.Events, e => e.Precision == DatePrecision.Year);
    }

    [Fact]
    public void An_enumeration_keeps_its_kind_over_an_inserted_clause()
    {
        var m = Minutes("The Working Party will meet on 15 October (in person) and, after the autumn break, on 5 November (to be confirmed).");

        Assert.Equal([D("2026-10-15"), D("2026-11-05")], NextMeetings(m));
    }

    [Fact]
    public void Not_possible_on_one_day_and_held_instead_on_another_is_a_move()
    {
        var m = Minutes("The Presidency explained that the meeting of 22 October was not possible on that date because of the strike and would instead take place on 29 October.");

        Assert.Equal([D("2026-10-29")], NextMeetings(m));
        Assert.DoesNotContain(m.Events, e => e.Date == D("2026-10-22") && e.Kind == EventKind.NextMeeting);
    }

    [Fact]
    public void Our_short_name_with_a_bracketed_format_meeting_on_a_date_is_a_next_meeting()
    {
        Assert.Equal([D("2026-10-13")], NextMeetings(Minutes("The WPIW (videoconference) would meet again on 13 October.")));
        Assert.Empty(NextMeetings(Minutes("The Council (informal) would meet on 13 October.")));
    }

    [Fact]
    public void In_a_joint_meeting_each_bodys_short_name_is_ours()
    {
        var m = Read("Brussels, 2 October 2026\nOUTCOME OF PROCEEDINGS\nOn: 24 September 2026\nTo: Delegations\n" +
                     "Subject: Joint meeting of the Working Party on Inland Waterways (WPIW) and the Working Party on Ports (WPP)\n\n" +
                     "1. Barge emissions\n\nThe Commission presented its impact study.\n\n2. AOB\n\nThe WPP (in person) would reconvene on 20 October.");

        Assert.Contains(m.Events, e => e.Kind == EventKind.NextMeeting && e.Date == D("2026-10-20"));
    }

    [Fact]
    public void A_request_to_nominate_or_confirm_by_a_date_is_a_deadline()
    {
        var m = Minutes("The Chair asked the delegations to kindly nominate their experts for the river panel (via e-mail to wpiw.secretariat@example.eu) by 16 October. " +
                        "Delegations were also invited to confirm in writing whether they could host the field visit by 23 October.");

        Assert.Equal([D("2026-10-16"), D("2026-10-23")], m.Deadlines.Select(d => d.Date).Order());
    }
}
