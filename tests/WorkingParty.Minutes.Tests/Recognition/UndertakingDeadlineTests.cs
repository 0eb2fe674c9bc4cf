using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Recognition;

/// <summary>
/// Deadlines the minutes give otherwise than as a request to delegations: what the Commission or the Presidency
/// undertook or promised to deliver by a day is due from it.
/// </summary>
public class UndertakingDeadlineTests
{
    private static Minutes.Model.Meeting Minutes(string sentence) =>
        Read($"Brussels, 14 October 2032\nOUTCOME OF PROCEEDINGS\nOn: 8 October 2032\nTo: Delegations\nSubject: Working Party on Inland Waterways\n\n1. Lock dimensions\n\n{sentence}");

    [Theory]
    [InlineData("Cion undertook to circulate a non-paper on mooring rules no later than 21 October 2032.", "Cion")]
    [InlineData("The Commission undertook to provide a table of the cost figures by 21 October.", "The Commission")]
    [InlineData("The Presidency promised to send a revised draft to delegations by 21 October 2032.", "The Presidency")]
    public void What_the_Commission_or_Presidency_undertook_to_deliver_by_a_day_is_due_from_it(string sentence, string from)
    {
        var deadline = Assert.Single(Minutes(sentence).Deadlines);

        Assert.Equal((D("2032-10-21"), from), (deadline.Date, deadline.RequestedFrom));
    }
}
