using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A request's due date is its own: a later date in the same sentence whose match would take the request, first date
/// and all, as its subject ("comments by 4 May, so that the text can go to the Council before the end of the year") is
/// what the request serves, not a second deadline for it.
/// </summary>
public class PurposeClauseDeadlineTests
{
    private static Meeting Minutes(string body) =>
        Read($"Brussels, 30 April 2033\nOUTCOME OF PROCEEDINGS\nOn: 21 April 2033\nSubject: Working Party on Lighthouses\n\n1. Beacon standards\n\n{body}");

    [Fact]
    public void A_date_the_request_serves_is_no_second_deadline()
    {
        var deadlines = Minutes("Delegations were asked to communicate their comments at the latest by 04.05.2033, so that the text could be submitted to Coreper before the end of the year.").Deadlines;

        var deadline = Assert.Single(deadlines);
        Assert.Equal(D("2033-05-04"), deadline.Date);
    }

    [Fact]
    public void Two_requests_joined_in_one_sentence_keep_both_deadlines()
    {
        var deadlines = Minutes("Delegations were invited to send comments on Part A by 4 May 2033, and on Part B no later than 18 May 2033.").Deadlines;

        Assert.Equal([D("2033-05-04"), D("2033-05-18")], deadlines.Select(d => d.Date).Order());
    }
}
