using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A decision asked in other words than "what was decided on X": a topic named by its document number ("what was agreed
/// on 4312/2029?"), "what came out of" a session, or a yes-or-no question whether a text was approved ("was the 4th
/// report endorsed?"); each answered by the sentences recording the conclusion and what follows it in its paragraph.
/// </summary>
public class DecisionAskedOtherwiseTests
{
    private static readonly DateOnly Today = new(2041, 4, 22);

    private static readonly Meeting Labels = InventedMinutes.Read("""
        Brussels, 11 April 2041
        (OR. en)
        WK 5230/2041
        LIMITE
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 2-3 April 2041
        To: Working Party on Textile Labelling
        Subject: Outcome of the meeting of the Working Party on Textile Labelling

        1. Adoption of the agenda
        The agenda was adopted as set out in CM 2210/41.
        2. Revision of Council Regulation (EU) No 4312/2029 on fibre names
        The Presidency informed delegations that the jurist-linguists had revised the text (doc. 6620/41) and that it would be sent to Coreper in May. The Working Party confirmed the text without further comments. PL recalled its statement on natural fibres.
        3. Restricted session (heads of delegation only) - origin marking
        On 3 April the heads of delegation met in restricted session to discuss the origin marking clause. The Chair noted that most delegations could accept a marking limited to outer garments. DK and IE opposed any marking.
        4. Fourth report on labelling checks
        The Commission presented its fourth report on labelling checks (WK 5120/2041). Most delegations welcomed the report.
        The Chair concluded that the report was endorsed subject to a silence procedure. The text would be deemed adopted unless an objection was received by 17 April 2041.
        """, "textile-2041-04.txt");

    private readonly QuestionAnswerer _answerer = new([Labels], new NoScheduleChanges());

    [Theory]
    [InlineData("what was decided on the revision of 4312/2029?", "confirmed the text")]
    [InlineData("what came out of the restricted session?", "outer garments")]
    [InlineData("was the 4th labelling report endorsed?", "17 April 2041")]
    public void A_decision_asked_otherwise_quotes_the_conclusion_and_what_follows(string question, string expected)
    {
        var answer = _answerer.Answer(question, Today);

        Assert.Contains(Quoted(answer), text => text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_number_without_a_decision_asked_is_still_a_document_question()
    {
        Assert.IsType<DocumentAnswer>(_answerer.Answer("what is 4312/2029?", Today));
    }

    private static IEnumerable<string> Quoted(Answer answer) => answer switch
    {
        PassagesAnswer passages => passages.Passages.Select(p => p.Text),
        AgendaItemAnswer item => item.Said.Select(s => s.Text),
        _ => [],
    };
}
