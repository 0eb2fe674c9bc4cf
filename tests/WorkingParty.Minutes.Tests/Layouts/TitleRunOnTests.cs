using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// An item title stops where the next line starts something else: a dash-led sub-heading, a sub-heading under AOB, or,
/// in text that lost its line breaks, a sentence after a run of spaces.
/// </summary>
public class TitleRunOnTests
{
    private const string Header = "Brussels, 9 October 2029\nOUTCOME OF PROCEEDINGS\nOn: 2 October 2029\nTo: Delegations\nSubject: Working Party on Land Transport\n\n";

    private static IEnumerable<string> Titles(string items) => Read(Header + items).Items.Select(i => i.Title);

    [Theory]
    [InlineData("2. Road safety package\n\u2013 Presentation by the Commission\nThe Commission presented the package to delegations.")]
    [InlineData("2. Road safety package\n- State of play\nThe Commission presented the package to delegations.")]
    [InlineData("2. Road safety package\n\u2013\nPresentation by the Commission\nThe Commission presented the package to delegations.")]
    [InlineData("2. Road safety package\n\n\u2013\n\nPresentation by the Commission\n\nThe Commission presented the package to delegations.")]
    [InlineData("2. Road safety package following the meeting of 14 May\n\u2013 Presentation by the Commission\nThe Commission presented the package to delegations.")]
    public void A_dash_led_sub_heading_is_not_part_of_the_title(string item2)
    {
        var expected = item2[3..item2.IndexOf('\n', StringComparison.Ordinal)];

        Assert.Equal(["Adoption of the agenda", expected], Titles("1. Adoption of the agenda\nThe agenda was adopted.\n\n" + item2));
    }

    [Theory]
    [InlineData("3. AOB\nCalendar of meetings\nThe Presidency recalled the dates of the coming meetings.")]
    [InlineData("3. AOB\nUpcoming dates: 7 and 8 November 2029.")]
    [InlineData("AOB\nVisit to the tunnel site\nThe Presidency thanked the host delegation.")]
    public void A_sub_heading_under_aob_is_not_part_of_the_title(string last)
    {
        var titles = Titles("1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Road safety package\nThe Commission presented the package.\n\n" + last).ToList();

        Assert.Equal(3, titles.Count);
        Assert.Equal("AOB", titles[2]);
    }
}
