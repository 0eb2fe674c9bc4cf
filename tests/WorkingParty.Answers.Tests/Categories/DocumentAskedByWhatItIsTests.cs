using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A document asked by what it is: "doc ref" as chat writes it, "what's the survey doc?", and "which doc was examined?"
/// with no topic, where the agenda's own document is none the meeting examined.
/// </summary>
public class DocumentAskedByWhatItIsTests
{
    private static readonly DateOnly Today = new(2034, 3, 20);

    private static readonly Meeting Beekeeping = InventedMinutes.Read("""
        Brussels, 14 March 2034
        (OR. en)
        7310/34
        AGRI 201
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 9 March 2034
        To: Working Party on Apiculture
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda (CM 1180/34) was adopted.
        2. Examination of the Presidency compromise (doc. 6620/34)
        The Commission presented the cost study (SWD(2034) 41 final) accompanying the proposal (ST 5901/34 - COM(2034) 77 final). Delegations broadly welcomed it.
        Replies to the Presidency survey on hive losses (WK 2290/2034) are expected by the end of April.
        3. AOB
        No points were raised.
        """, "apiculture-2034-03.txt");

    private readonly QuestionAnswerer _answerer = new([Beekeeping], new NoScheduleChanges());

    [Fact]
    public void A_doc_ref_in_chat_is_the_reference_of_what_is_named() =>
        Assert.Equal("SWD(2034) 41 final", Assert.IsType<DocumentAnswer>(_answerer.Answer("cost study doc ref?", Today)).Reference);

    [Fact]
    public void A_question_closing_on_doc_asks_for_the_document() =>
        Assert.Equal("WK 2290/2034", Assert.IsType<DocumentAnswer>(_answerer.Answer("what's the survey doc", Today)).Reference);

    [Fact]
    public void The_document_examined_is_not_the_agenda()
    {
        var answer = Assert.IsType<AgendaAnswer>(_answerer.Answer("which doc was examined", Today));

        Assert.Contains("6620/34", answer.Items.SelectMany(i => i.Documents));
        Assert.DoesNotContain(answer.Items.SelectMany(i => i.Documents), d => d.Contains("1180/34", StringComparison.Ordinal));
    }
}
