using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A short name the minutes never write, whose phrase they write in lower case with a skip word inside ("protection
/// of forest soils directive" is the PFSD), names that phrase: a delegation's statement on it and the document for it
/// are found by the short name alone.
/// </summary>
public class InitialsOverSkipWordsTests
{
    private const string Minutes = """
        Brussels, 20 March 2039
        OUTCOME OF PROCEEDINGS
        On: 13 March 2039
        To: Working Party on Forests
        Subject: Summary of discussions

        1. Adoption of the agenda

        The agenda was adopted.

        2. Protection of forest soils directive - preparation of the trilogue of 2 April

        The Presidency presented the four-column table (doc. 7120/39).
        Portugal and AT insisted on a regional monitoring trajectory for degraded plots.
        Delegations may send further comments on doc. 7120/39 until 24 March.

        3. Wildfire prevention - information from the Commission

        The Commission presented its report on wildfire prevention (doc. 7001/39).
        """;

    private static readonly QuestionAnswerer Answerer = new([InventedMinutes.Read(Minutes, "forests-2039-03.txt")], new NoScheduleChanges());
    private static readonly DateOnly Today = new(2039, 3, 22);

    [Fact]
    public void A_delegations_statement_on_the_short_name()
    {
        var answer = Answerer.Answer("what did portugal say on PFSD?", Today);

        Assert.Contains("regional monitoring trajectory", Shown(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_for_the_short_name()
    {
        var answer = Answerer.Answer("which doc for the PFSD trilogue", Today);

        var shown = Shown(answer);
        Assert.Contains("7120/39", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("7001/39", shown, StringComparison.Ordinal);
    }

    private static string Shown(Answer answer) => answer switch
    {
        DocumentAnswer document => document.Reference + " " + string.Join(' ', document.Mentions.Select(m => m.Text)),
        AgendaItemAnswer item => string.Join(' ', item.Documents) + " " + string.Join(' ', item.Said.Select(s => s.Text)),
        ActorStatementsAnswer actor => string.Join(' ', actor.Statements.Select(s => s.Text)),
        PassagesAnswer passages => string.Join(' ', passages.Passages.Select(p => p.Text)),
        _ => answer.GetType().Name,
    };
}
