using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// An item title cut at a line wrap before a capitalised word goes on when the printed line is near the full width of
/// the text or ends on an article, preposition or conjunction, and the next line opens no sentence; a short title, or
/// a full-width one followed by a sentence, stops at the wrap.
/// </summary>
public class TitleWrapBeforeCapitalTests
{
    private const string Header = "Brussels, 14 May 2032\nOUTCOME OF PROCEEDINGS\nOn: 6 May 2032\nTo: Delegations\nSubject: Working Party on Fisheries Control\n\n";

    private const string Item1 =
        "1. Adoption of the agenda\n" +
        "The agenda was adopted as it had been circulated to delegations by the Presidency in\n" +
        "advance of the meeting, without any change requested by the delegations present at it.\n\n";

    private static IReadOnlyList<string> Titles(string item2) =>
        Read(Header + Item1 + item2 + "\n\n3. AOB\nNothing was raised.").Items.Select(i => i.Title).ToList();

    [Fact]
    public void A_title_filling_the_line_goes_on_before_a_capitalised_word()
    {
        var titles = Titles(
            "2. Exchange of views on the Commission communication on the future of the Baltic\n" +
            "Sea Fishing Fleet\n" +
            "The Commission presented its communication and delegations welcomed it broadly.");

        Assert.Equal("Exchange of views on the Commission communication on the future of the Baltic Sea Fishing Fleet", titles[1]);
    }

    [Theory]
    [InlineData("2. Information from the Presidency on a\nJoint Inspection Campaign", "Information from the Presidency on a Joint Inspection Campaign")]
    [InlineData("2. Outcome of the consultation from\nCoastal Member States", "Outcome of the consultation from Coastal Member States")]
    [InlineData("2. Catch certificates or\nElectronic Logbooks", "Catch certificates or Electronic Logbooks")]
    public void A_title_ending_on_an_article_preposition_or_conjunction_goes_on(string heading, string expected)
    {
        var titles = Titles(heading + "\nThe Presidency informed delegations about the state of play.");

        Assert.Equal(expected, titles[1]);
    }

    [Fact]
    public void A_full_width_title_followed_by_a_sentence_stops_at_the_wrap()
    {
        var titles = Titles(
            "2. Exchange of views on the Commission communication on the future of the Baltic fleet\n" +
            "Poland presented a note on the state of the stocks and asked for a quick decision.");

        Assert.Equal("Exchange of views on the Commission communication on the future of the Baltic fleet", titles[1]);
    }

    [Fact]
    public void A_short_title_stops_before_a_capitalised_line()
    {
        var titles = Titles("2. Control regulation\nPresentation by the Commission services\nThe Commission presented the text.");

        Assert.Equal("Control regulation", titles[1]);
    }
}
