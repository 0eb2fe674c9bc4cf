using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>What a date without a year means, and the promises minutes keep (issue 12): doubts instead of wrong facts.</summary>
public class DateInvariantTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Meeting Minutes(string on, string body) =>
        MinutesParser.Default.Parse($"Brussels, 20 December 2019\nOUTCOME OF PROCEEDINGS\nOn: {on}\nSubject: Working Party on Statistics\n\n1. Work programme\n\n{body}",
            "minutes.txt", IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting!;

    [Fact]
    public void A_day_without_a_year_to_come_is_the_first_such_day_after_the_meeting()
    {
        var m = Minutes("16 December 2019", "The next meeting will take place on 15 January. Delegations were invited to send comments on the draft by 10 January.");

        Assert.Equal([D("2020-01-15")], m.Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date));
        Assert.Equal([(D("2020-01-10"), (string?)null)], m.Deadlines.Select(d => (d.Date, d.Doubt)));
    }

    [Fact]
    public void A_year_given_once_for_a_list_dates_every_day_of_it_and_is_no_event_itself()
    {
        var m = Minutes("3 October 2017", "The Presidency informed delegations that the next meetings would take place in 2018: 17 January, 5 February and 26 February.");

        Assert.Equal([D("2018-01-17"), D("2018-02-05"), D("2018-02-26")], m.Events.Select(e => e.Date));
        Assert.All(m.Events, e => Assert.Equal(EventKind.NextMeeting, e.Kind));
    }

    [Fact]
    public void The_issue_date_never_dates_the_meeting_and_a_date_stamping_a_document_is_no_event()
    {
        var m = Minutes("9 December 2019", "The Presidency presented doc. 14290/19 (12.12.2019) and the next meeting is scheduled for 22 January 2020.");

        Assert.Equal((D("2019-12-09"), D("2019-12-20")), (m.Date, m.Header.IssueDate));
        Assert.Equal([D("2020-01-22")], m.Events.Select(e => e.Date));
    }

    [Theory]
    [InlineData("Summary of the informal video meeting of the members of the Working Party on\nForest Reproductive Material of 12 November 2019")]
    [InlineData("Outcome of the Working Party on Forest Reproductive Material\nof 12 November 2019")]
    public void A_subject_ending_with_the_day_of_the_meeting_dates_it_wrapped_or_not(string subject)
    {
        var m = MinutesParser.Default.Parse(
            $"Brussels, 20 December 2019\nWORKING DOCUMENT\nFrom:\nGeneral Secretariat of the Council\nTo:\nDelegations\nSubject:\n{subject}\n\n1.\nAdoption of the agenda\n\nThe agenda was adopted.",
            "minutes.txt", IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting!;

        Assert.Equal((D("2019-11-12"), false), (m.Date, m.DateInferred));
    }

    [Fact]
    public void A_meeting_date_inferred_from_the_text_is_never_the_issue_date()
    {
        var m = MinutesParser.Default.Parse(
            "Brussels, 20 December 2019\nSUMMARY RECORD\nSubject: Working Party on Statistics\n\n1. Work programme\n\nThe Presidency recalled the conference of 2 December 2019. Comments are welcome by 10 January 2020.",
            "minutes.txt", IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting!;

        Assert.True(m.DateInferred);
        Assert.True(m.Date < D("2019-12-20"), $"inferred {m.Date}");
    }

    [Fact]
    public void A_deadline_that_breaks_what_minutes_promise_keeps_its_sentence_and_a_doubt()
    {
        var m = Minutes("9 December 2019",
            "Delegations were invited to send written comments by 2 December 2019. Member States may send their views on the roadmap by early January.");

        var early = Assert.Single(m.Deadlines, d => d.Date == D("2019-12-02"));
        Assert.Equal("due before the meeting that set it", early.Doubt);
        var vague = Assert.Single(m.Deadlines, d => d.Date.Month == 1);
        Assert.Contains("early January", vague.Doubt, StringComparison.Ordinal);
        Assert.Equal(2020, vague.Date.Year);
    }

    [Fact]
    public void A_cancelled_meeting_is_not_a_next_meeting_and_a_moved_one_keeps_its_old_date_only_as_moved()
    {
        var m = Minutes("9 December 2019",
            "The meeting of 13 January 2020 has been cancelled; the next meeting will be held on 27 January 2020. The meeting of 3 February 2020 has been postponed to 10 February 2020.");

        Assert.Equal([D("2020-01-27"), D("2020-02-10")], m.Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date));
        Assert.Contains(m.Events, e => e is { Status: "cancelled", Kind: EventKind.Event } && e.Date == D("2020-01-13"));
        Assert.Equal([(EventKind.Event, "moved")], m.Events.Where(e => e.Date == D("2020-02-03")).Select(e => (e.Kind, e.Status)));
    }
}
