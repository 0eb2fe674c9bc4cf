using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Recognition;

/// <summary>
/// Deadlines the minutes give otherwise than as a request to delegations: what the Commission or the Presidency
/// undertook or promised to deliver by a day, or will deliver by a day ("Cion will circulate X at the latest by"), is
/// due from it, as is what it said would be presented or finalised by a day ("the study would be finalised by"), but
/// not a text that "will be circulated by" a day with nobody named; a request to delegations in the same sentence stays due from them.
/// </summary>
public class UndertakingDeadlineTests
{
    private static Minutes.Model.Meeting Minutes(string sentence) =>
        Read($"Brussels, 14 October 2032\nOUTCOME OF PROCEEDINGS\nOn: 8 October 2032\nTo: Delegations\nSubject: Working Party on Inland Waterways\n\n1. Lock dimensions\n\n{sentence}");

    [Theory]
    [InlineData("Cion undertook to circulate a non-paper on mooring rules no later than 21 October 2032.", "Cion")]
    [InlineData("The Commission undertook to provide a table of the cost figures by 21 October.", "The Commission")]
    [InlineData("The Presidency promised to send a revised draft to delegations by 21 October 2032.", "The Presidency")]
    [InlineData("Cion will circulate a non-paper on mooring rules at the latest by 21 October.", "Cion")]
    [InlineData("The Presidency will present a revised compromise text no later than 21 October 2032.", "The Presidency")]
    [InlineData("The Commission undertook to provide updated cost figures per lock by 21 October.", "The Commission")]
    [InlineData("The Commission indicated that the impact study on lock fees would be finalised by 21 October.", "The Commission")]
    [InlineData("The EEAS presented its work programme and announced that the joint communication on river security would be presented by 21 October.", "EEAS")]
    [InlineData("The incoming Slovak Presidency indicated that it would circulate a first draft of conclusions on lock safety by 21 October.", "The incoming Slovak Presidency")]
    [InlineData("The Spanish delegation presented the state of play. Cion will report on the implementation of the lock fees by 21 October.", "Cion")]
    public void What_the_Commission_or_Presidency_undertook_to_deliver_by_a_day_is_due_from_it(string sentence, string from)
    {
        var deadline = Assert.Single(Minutes(sentence).Deadlines);

        Assert.Equal((D("2032-10-21"), from), (deadline.Date, deadline.RequestedFrom));
    }

    [Fact]
    public void Capitals_the_clause_only_mentions_give_way_to_the_institution_named_before_the_verb()
    {
        var deadline = Assert.Single(Minutes("The EEAS presented the state of play of the Danube RS initiative (WK 4120/2032) and announced that the Commission (Cion) would present a draft action plan by 21 October.").Deadlines);

        Assert.Equal("Cion", deadline.RequestedFrom);
    }

    [Fact]
    public void What_the_Commission_undertook_after_delegations_asked_for_it_is_due_from_the_Commission() =>
        Assert.Equal("Cion", Assert.Single(Minutes("SE, FI and the Latvian delegation asked for a cost estimate, which the Cion undertook to provide by 21 October.").Deadlines).RequestedFrom);

    [Fact]
    public void What_delegations_may_comment_on_after_the_Commission_prepares_it_is_due_from_them() =>
        Assert.Equal("MS", Assert.Single(Minutes("The Chair concluded that the EEAS and Cion would prepare a joint paper on lock safety; MS may comment on its outline by 21 October.").Deadlines).RequestedFrom);

    [Fact]
    public void A_delegations_code_owes_what_it_will_deliver() =>
        Assert.Equal("NL", Assert.Single(Minutes("NL would present a non-paper on lock safety by 21 October.").Deadlines).RequestedFrom);

    [Fact]
    public void A_text_that_will_be_circulated_by_a_day_with_nobody_named_is_no_request_of_delegations() =>
        Assert.Empty(Minutes("A revised text on lock dimensions will be circulated by 21 October.").Deadlines);

    [Fact]
    public void Comments_the_Presidency_said_should_be_sent_stay_due_from_delegations() =>
        Assert.Equal("delegations", Assert.Single(Minutes("The Presidency informed delegations that comments should be sent by 21 October.").Deadlines).RequestedFrom);

    [Fact]
    public void What_the_Commission_will_deliver_and_what_delegations_are_then_asked_are_two_deadlines_each_due_from_its_own()
    {
        var deadlines = Minutes("Cion will circulate a draft position on lock fees by 12 October; MS were invited to comment on it by 21 October.").Deadlines;

        Assert.Equal([(D("2032-10-12"), "Cion"), (D("2032-10-21"), "MS")], deadlines.Select(d => (d.Date, d.RequestedFrom)).Order());
        Assert.All(deadlines, d => Assert.Null(d.FirstSet));
    }
}
