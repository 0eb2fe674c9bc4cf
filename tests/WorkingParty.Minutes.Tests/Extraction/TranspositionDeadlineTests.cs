using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// The day a directive must be transposed (or implemented) by is a deadline of the minutes, told as an obligation
/// ("Member States have to transpose it by") or as a bracket ("the state of transposition (deadline 1 March 2035)"),
/// so that "what is the transposition deadline?" is not answered with a request for comments of the same item.
/// </summary>
public class TranspositionDeadlineTests
{
    private static IReadOnlyList<(DateOnly Date, string Subject)> Deadlines(string body) =>
        [.. Read($"Brussels, 2 June 2033\nOUTCOME OF PROCEEDINGS\nOn: 24 May 2033\nSubject: Working Party on Maritime Safety\n\n1. Directive on ballast water\n\n{body}")
            .Deadlines.Select(d => (d.Date, d.Subject))];

    [Theory]
    [InlineData("The Commission recalled that Member States have to transpose the Directive by 14 February 2035.", "transpose the Directive")]
    [InlineData("The Commission recalled that the Directive must be implemented by 14 February 2035.", "implemented")]
    [InlineData("The Commission reported on the state of transposition (deadline 14 February 2035) and on the guidelines.", "transposition")]
    [InlineData("The Commission recalled that the transposition deadline is 14 February 2035.", "transposition")]
    [InlineData("The Commission recalled that the transposition deadline was 14 February 2035 and that the old Decision would then lapse.", "transposition")]
    [InlineData("The Commission recalled that the transposition deadline of the Directive was 14 February 2035.", "transposition")]
    public void A_transposition_day_is_a_deadline(string sentence, string subject)
    {
        var deadline = Assert.Single(Deadlines(sentence));

        Assert.Equal(D("2035-02-14"), deadline.Date);
        Assert.Equal(subject, deadline.Subject);
    }

    [Fact]
    public void A_transposition_day_told_as_missed_is_past_history_not_a_deadline()
    {
        var m = Read("Brussels, 2 June 2033\nOUTCOME OF PROCEEDINGS\nOn: 24 May 2033\nSubject: Working Party on Maritime Safety\n\n1. Directive on ballast water\n\n"
            + "The Commission said that the transposition deadline of 14 February 2033 had been missed by several Member States.");

        Assert.Empty(m.Deadlines);
        Assert.Contains(m.Events, e => e.Date == D("2033-02-14"));
    }

    [Fact]
    public void A_transposition_day_beside_a_request_is_a_deadline_of_its_own()
    {
        var deadlines = Deadlines("Member States have to transpose the Directive by 14 February 2035. They were invited to notify their contact points for the transposition by 30 June.");

        Assert.Equal([D("2033-06-30"), D("2035-02-14")], deadlines.Select(d => d.Date).Order());
    }
}
