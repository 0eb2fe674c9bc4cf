using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A meeting asked about by a month in which none was held and none is listed as coming ("what will the July PIERS
/// be about?"): the sentences that write the month are quoted, as for a question of no other kind, rather than nothing.
/// </summary>
public class MonthWithoutMeetingTests
{
    private const string Minutes = """
        Brussels, 12 May 2036
        OUTCOME OF PROCEEDINGS
        On: 5 May 2036
        To: Working Party on Harbour Piers (PIERS)
        Subject: Summary of discussions

        1. Adoption of the agenda

        The agenda was adopted.

        2. Pier safety standards

        The Commission presented its study on pier safety (doc. 8811/36).
        The Presidency indicated that the July session would be devoted to the mooring equipment annex.
        """;

    [Fact]
    public void The_sentences_writing_the_month_are_quoted()
    {
        var answerer = new QuestionAnswerer([InventedMinutes.Read(Minutes, "piers-2036-05.txt")], new NoScheduleChanges());

        var answer = Assert.IsType<PassagesAnswer>(answerer.Answer("what will the July PIERS be about?", new DateOnly(2036, 5, 20)));

        Assert.Contains("mooring equipment annex", answer.Passages[0].Text, StringComparison.Ordinal);
    }
}
