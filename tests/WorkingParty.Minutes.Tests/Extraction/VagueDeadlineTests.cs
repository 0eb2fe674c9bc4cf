using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A deadline given as part of a month or year (team decision, issue 12): "by the end of <month>" is due on the month's
/// last day, "mid-<month>" around the 15th, "the end of the year" or of a quarter on its last day; each keeps the
/// minutes' words, and is no longer in doubt. Other parts ("early May", "by May") name no day and stay in doubt.
/// </summary>
public class VagueDeadlineTests
{
    private static Meeting Minutes(string on, string body) =>
        Read($"Brussels, 2 December 2031\nOUTCOME OF PROCEEDINGS\nOn: {on}\nSubject: Working Party on Forestry\n\n1. Timber statistics\n\n{body}");

    [Theory]
    [InlineData("Delegations were invited to send their replies on the timber survey by the end of February.", "2032-02-29", "end of February", false)]
    [InlineData("Member States were asked to nominate their forestry experts before the close of January.", "2032-01-31", "close of January", false)]
    [InlineData("Delegations were invited to send written comments on the sawmill annex by mid-March.", "2032-03-15", "mid-March", true)]
    [InlineData("Member States were asked to communicate their national inventories by the end of the year.", "2031-12-31", "end of the year", false)]
    [InlineData("Delegations were invited to submit their forest fire data by the end of the first quarter of 2032.", "2032-03-31", "end of the first quarter of 2032", false)]
    [InlineData("Delegations were invited to submit drafting suggestions by the end of Q2.", "2032-06-30", "end of Q2", false)]
    public void A_deadline_by_part_of_a_month_or_year_is_due_on_the_day_it_names_with_the_minutes_words(string sentence, string due, string words, bool approximate)
    {
        var deadline = Assert.Single(Minutes("24 November 2031", sentence).Deadlines);

        Assert.Equal(D(due), deadline.Date);
        Assert.Null(deadline.Doubt);
        Assert.Equal(new VagueDue(words, approximate), deadline.Vague);
    }

    [Fact]
    public void The_end_of_the_month_the_meeting_is_in_is_this_month_not_next_year()
    {
        var deadline = Assert.Single(Minutes("24 November 2031", "Delegations were asked to send their comments on the timber annex by the end of November.").Deadlines);

        Assert.Equal(D("2031-11-30"), deadline.Date);
        Assert.Null(deadline.Doubt);
    }

    [Theory]
    [InlineData("Delegations were invited to send their replies on the timber survey by early February.")]
    [InlineData("Delegations were invited to send their replies on the timber survey by late February.")]
    [InlineData("Delegations were invited to send their replies on the timber survey by February.")]
    public void A_part_that_names_no_day_stays_in_doubt(string sentence)
    {
        var deadline = Assert.Single(Minutes("24 November 2031", sentence).Deadlines);

        Assert.NotNull(deadline.Doubt);
        Assert.Null(deadline.Vague);
    }

    [Fact]
    public void A_day_given_as_a_day_has_no_vague_words()
    {
        var deadline = Assert.Single(Minutes("24 November 2031", "Delegations were invited to send their replies on the timber survey by 12 January.").Deadlines);

        Assert.Equal(D("2032-01-12"), deadline.Date);
        Assert.Null(deadline.Vague);
    }
}
