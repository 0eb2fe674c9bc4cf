using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Recognition;

/// <summary>
/// A transposition deadline told as an obligation ("Member States were required to transpose X by", "X had to be
/// transposed by") is due from Member States, beside a request to report on the transposition; a deadline extended
/// from a part of a month ("initially set for the end of May, to 19 June") is the new day, the old one a note; a
/// consultation recalled in passing is named without the sentence's speaker.
/// </summary>
public class RequiredTranspositionAndExtensionTests
{
    private static Minutes.Model.Meeting Minutes(string sentence) =>
        Read($"Brussels, 11 May 2034\nOUTCOME OF PROCEEDINGS\nOn: 5 May 2034\nTo: Delegations\nSubject: Working Party on Forestry\n\n1. Directive on seed certification\n\n{sentence}");

    [Theory]
    [InlineData("The Presidency recalled that Member States were required to transpose the Directive on seed certification by 30 November 2034 and gave an overview of the state of play.")]
    [InlineData("Cion recalled that MS are obliged to transpose the seed certification Directive by 30 November 2034.")]
    [InlineData("The Chair recalled that the seed certification Directive had to be transposed by 30 November 2034.")]
    public void A_transposition_told_as_an_obligation_is_a_deadline(string sentence)
    {
        var deadline = Assert.Single(Minutes(sentence).Deadlines);

        Assert.Equal(D("2034-11-30"), deadline.Date);
        Assert.Contains("transpose", deadline.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void The_obligation_and_the_request_to_report_on_it_are_two_deadlines()
    {
        var deadlines = Minutes("The Presidency recalled that Member States were required to transpose the Directive on seed certification by 30 November 2034. " +
            "Delegations were asked to provide the Presidency with updated information on the state of transposition by 2 June 2034.").Deadlines;

        Assert.Equal([(D("2034-06-02"), "delegations"), (D("2034-11-30"), "Member States")], deadlines.Select(d => (d.Date, d.RequestedFrom)).Order());
    }

    [Fact]
    public void A_deadline_extended_from_a_part_of_a_month_is_the_new_day_with_the_old_one_a_note()
    {
        var deadline = Assert.Single(Minutes("The Commission agreed to extend the deadline for returning the survey on nursery stock, initially set for the end of May, to 19 June 2034.").Deadlines);

        Assert.Equal((D("2034-06-19"), "returning the survey on nursery stock", "end of May"), (deadline.Date, deadline.Subject, deadline.FirstSet));
    }

    [Fact]
    public void A_consultation_recalled_in_passing_is_named_without_its_speaker() =>
        Assert.Equal("online consultation on seed labelling", Assert.Single(
            Minutes("The Commission also recalled its online consultation on seed labelling, which will remain open until 14 July 2034.").Deadlines).Subject);
}
