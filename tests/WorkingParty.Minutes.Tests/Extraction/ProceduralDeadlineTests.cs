using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A procedural or legal deadline owed by an institution or by the Member States ("the Council has to act by", "Member
/// States must adopt and publish their measures by", "the scrutiny period expires on") is a deadline of the minutes,
/// with who owes it, beside the delegations' comment deadline of the same item.
/// </summary>
public class ProceduralDeadlineTests
{
    private static IReadOnlyList<(DateOnly Date, string Subject, string From)> Deadlines(string body) =>
        [.. Read($"Brussels, 9 June 2031\nOUTCOME OF PROCEEDINGS\nOn: 4 June 2031\nSubject: Working Party on Inland Waterways\n\n1. Regulation on barge tonnage\n\n{body}")
            .Deadlines.Select(d => (d.Date, d.Subject, d.RequestedFrom))];

    [Theory]
    [InlineData("The proposal was received by the Council on 2 June; the Council therefore has to act by 02.09.2031, failing which the Commission will adopt the measure.", "2031-09-02", "act", "the Council")]
    [InlineData("The Commission recalled that Member States must adopt and publish their transposing measures by 20 November 2033 and apply them from 20 November 2034.", "2033-11-20", "adopt and publish their transposing measures", "Member States")]
    [InlineData("The draft measure is subject to the regulatory procedure with scrutiny. The deadline for the scrutiny by the Council expires on 18 May 2032.", "2032-05-18", "scrutiny", "the Council")]
    [InlineData("The scrutiny period of the European Parliament ends on 18 May 2032.", "2032-05-18", "scrutiny", "the European Parliament")]
    public void A_procedural_deadline_is_a_deadline_with_who_owes_it(string sentence, string date, string subjectWord, string from)
    {
        var deadline = Assert.Single(Deadlines(sentence + " Delegations were invited to send comments by 20 June 2031."), d => d.Date != new DateOnly(2031, 6, 20));

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), deadline.Date);
        Assert.Contains(subjectWord, deadline.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(from, deadline.From);
    }

    [Theory]
    [InlineData("The Commission recalled that the panel report was adopted in March. The reasonable period of time for implementation had been agreed and would expire on 18 May 2032.", "period of time for implementation")]
    [InlineData("The Commission recalled that the standstill period for the notified rules ends on 18 May 2032.", "standstill period for the notified rules")]
    public void A_period_told_as_expiring_or_ending_on_a_day_is_due_then(string sentence, string subject)
    {
        var deadline = Assert.Single(Deadlines(sentence));

        Assert.Equal(D("2032-05-18"), deadline.Date);
        Assert.Contains(subject, deadline.Subject, StringComparison.Ordinal);
    }
}
