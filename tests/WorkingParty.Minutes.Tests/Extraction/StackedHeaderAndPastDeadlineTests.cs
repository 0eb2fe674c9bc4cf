using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A meeting date written in a header laid out one keyword a line ("of" / body / "held on" / date) is read, never
/// inferred; a year-less deadline told as past history ("had been extended until") is the one before the meeting, and
/// one that only a year ahead would make future is kept in doubt.
/// </summary>
public class StackedHeaderAndPastDeadlineTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Lighthouse dues\nThe Commission presented its study on lighthouse dues.";

    [Theory]
    [InlineData("SUMMARY RECORD\nof the\nWorking Party on Lighthouse Services\nheld on\n12 October 2033")]
    [InlineData("OUTCOME OF PROCEEDINGS\n\nof\n\nWorking Party on Lighthouse Services\n\non\n\n12 October 2033")]
    public void A_date_under_a_lone_on_line_of_a_stacked_header_is_the_meeting_date(string header)
    {
        var m = Read("Brussels, 20 October 2033\n" + header + Items);

        Assert.False(m.DateInferred);
        Assert.Equal(D("2033-10-12"), m.Date);
    }

    private static Meeting Minutes(string sentence) =>
        Read("Brussels, 30 September 2033\nOUTCOME OF PROCEEDINGS\nOn: 22 September 2033\nTo: Delegations\nSubject: Working Party on Lighthouse Services" +
             $"\n\n1. Lighthouse dues\n\n{sentence}");

    [Theory]
    [InlineData("Since few answers had arrived, the period for replies to the survey had been extended and answers were accepted until 3 September.")]
    [InlineData("The consultation on the draft code had been prolonged until 30 August, the Chair recalled.")]
    public void A_deadline_extended_in_the_past_perfect_is_the_one_before_the_meeting(string sentence)
    {
        var deadline = Assert.Single(Minutes(sentence).Deadlines);

        Assert.True(deadline.Date < D("2033-09-22"), deadline.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2033, deadline.Date.Year);
    }

    [Fact]
    public void A_year_less_deadline_only_a_year_ahead_would_make_future_is_in_doubt()
    {
        var deadline = Assert.Single(Minutes("Delegations were asked to send comments on the annex by 2 September.").Deadlines);

        Assert.NotNull(deadline.Doubt);
    }

    [Fact]
    public void A_deadline_coming_soon_after_the_meeting_stays_to_come_and_certain()
    {
        var deadline = Assert.Single(Minutes("Delegations were asked to send comments on the annex by 6 October.").Deadlines);

        Assert.Equal((D("2033-10-06"), (string?)null), (deadline.Date, deadline.Doubt));
    }
}
