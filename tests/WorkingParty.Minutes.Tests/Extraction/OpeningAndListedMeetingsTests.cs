using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// The text written before item 1 is kept, sentence by sentence, as the opening of the minutes; the dates on which the
/// Presidency will "hold meetings of the Working Party" are our coming meetings.
/// </summary>
public class OpeningAndListedMeetingsTests
{
    private const string Header = "Brussels, 20 October 2037\nOUTCOME OF PROCEEDINGS\nOn: 12 October 2037\nTo: Working Party on Lock Gates\nSubject: Summary record\n\n";

    private static List<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status is not "cancelled" and not "moved").Select(e => e.Date).Order().ToList();

    [Fact]
    public void The_text_before_item_1_is_the_opening()
    {
        var m = Read($"{Header}The meeting was held in hybrid format; the delegations of HU and HR took part remotely.\n\n1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Lock maintenance\n\nThe Commission presented its study.");

        var opening = Assert.Single(m.Opening);
        Assert.Equal("The meeting was held in hybrid format; the delegations of HU and HR took part remotely.", Assert.Single(opening.Sentences).Text);
        Assert.Equal(["Adoption of the agenda", "Lock maintenance"], m.Items.Select(i => i.Title));
    }

    [Fact]
    public void Minutes_starting_with_item_1_have_no_opening() =>
        Assert.Empty(Read($"{Header}1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Lock maintenance\n\nThe Commission presented its study.").Opening);

    [Theory]
    [InlineData("The incoming Presidency intends to hold meetings of the Working Party on the following dates in 2037: 9 November and, tentatively, 30 November.")]
    [InlineData("The Chair would hold two meetings of the Working Party in 2037, on 9 November and 30 November.")]
    public void Dates_on_which_meetings_of_the_Working_Party_are_held_are_next_meetings(string sentence)
    {
        var m = Read($"{Header}1. Lock maintenance\n\nThe Commission presented its study.\n\n2. AOB\n\n{sentence}");

        Assert.Equal([D("2037-11-09"), D("2037-11-30")], NextMeetings(m));
    }
}
