using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Two requests in one sentence, parted by a semicolon, each with its own date: each is a deadline of its own, with the
/// subject and the documents its own clause names ("may comment on X until A; replies to the Presidency survey on Y
/// (doc. N) are expected by B": doc. N is the survey's, not X's), and "the Presidency survey" is what is replied to,
/// not where replies go.
/// </summary>
public class SemicolonRequestsTests
{
    private const string Minutes = "Brussels, 2 June 2036\nOUTCOME OF PROCEEDINGS\nOn: 27 May 2036\nTo: Delegations\nSubject: Working Party on Forests\n\n"
        + "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Forest monitoring regulation\n\n"
        + "The Commission presented its scoping paper on remote sensing. Delegations may comment on the Commission scoping paper until 9 June 2036; "
        + "replies to the Presidency survey on seed banks (doc. 8450/36) are expected no later than 16 June 2036.";

    [Fact]
    public void Each_clause_is_a_request_with_its_own_subject_and_documents()
    {
        var deadlines = Read(Minutes).Deadlines.OrderBy(d => d.Date).ToList();

        Assert.Equal(2, deadlines.Count);
        Assert.Equal((D("2036-06-09"), "the Commission scoping paper"), (deadlines[0].Date, deadlines[0].Subject));
        Assert.Empty(deadlines[0].Documents);
        Assert.Equal(D("2036-06-16"), deadlines[1].Date);
        Assert.StartsWith("replies to the Presidency survey on seed banks", deadlines[1].Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("expected", deadlines[1].Subject, StringComparison.Ordinal);
        Assert.Equal(["8450/36"], deadlines[1].Documents);
    }
}
