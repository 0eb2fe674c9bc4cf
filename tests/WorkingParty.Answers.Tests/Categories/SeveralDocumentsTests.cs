using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Asked for the documents of a topic in the plural ("which pension docs were discussed?"), the documents of every
/// sub-item of the item whose title holds the topic are given, not only those of the sub-item first found.
/// </summary>
public class SeveralDocumentsTests
{
    private const string Minutes = """
        Brussels, 15 May 2041
        OUTCOME OF PROCEEDINGS
        On: 7 May 2041
        To: Working Party on Lighthouses
        Subject: Summary of discussions

        1. Adoption of the agenda

        The agenda was adopted.

        2. Lighthouse keepers' pensions

        a) Draft Council decision on the EU position (doc. 5001/41)

        The Presidency presented doc. 5001/41. Malta asked for clarifications.

        b) Commission non-paper on retired keepers

        Delegations may comment on the Commission non-paper (WK 2201/41) until 30 May 2041.

        3. Beacons

        The Commission presented its study on beacons (doc. 8102/41).
        """;

    private static readonly QuestionAnswerer Answerer = new([InventedMinutes.Read(Minutes, "lighthouses-2041-05.txt")], new NoScheduleChanges());

    [Fact]
    public void Documents_in_the_plural_are_those_of_the_whole_item()
    {
        var answer = Assert.IsType<DocumentAnswer>(Answerer.Answer("which pension docs were discussed", new DateOnly(2041, 5, 20)));

        var shown = answer.Reference + " " + string.Join(' ', answer.Mentions.Select(m => m.Text));
        Assert.Contains("5001/41", shown, StringComparison.Ordinal);
        Assert.Contains("2201/41", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("8102/41", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_in_the_singular_is_that_of_its_sub_item()
    {
        var answer = Assert.IsType<DocumentAnswer>(Answerer.Answer("which pension doc was presented", new DateOnly(2041, 5, 20)));

        Assert.DoesNotContain(answer.Mentions, m => m.Text.Contains("2201/41", StringComparison.Ordinal));
    }
}
