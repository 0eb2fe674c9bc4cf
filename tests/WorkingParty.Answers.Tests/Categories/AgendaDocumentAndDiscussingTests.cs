using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A question closing on the document it asks for after naming the agenda ("what was the agenda doc?") asks for the
/// agenda's document, not the list of items; and "are we discussing" only says what kind of answer is wanted, like
/// "discussed", so "which Cion proposal are we discussing, doc nr?" finds the Commission document of the header.
/// </summary>
public class AgendaDocumentAndDiscussingTests
{
    private const string Minutes = """
        Brussels, 12 May 2038
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 5 May 2038
        To: Working Party on Lighthouses
        No. Cion doc.: 14402/37 PHARE 12 - COM(2037) 611 final
        Subject: Proposal for a Regulation on lighthouse maintenance

        1. Adoption of the agenda

        The provisional agenda (CM 2290/38) was adopted.

        2. Proposal for a Regulation on lighthouse maintenance

        The Presidency presented its compromise text (doc. 8950/38). FR and NL supported it.
        """;

    private static QuestionAnswerer Answerer() => new([InventedMinutes.Read(Minutes, "lighthouses-2038-05.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("what was the agenda doc")]
    [InlineData("agenda document?")]
    public void The_agenda_document_is_given(string question)
    {
        var answer = Answerer().Answer(question, new DateOnly(2038, 5, 20));

        // The document itself, or the agenda with the sentence adopting it: either way the reference is shown.
        Assert.Contains("CM 2290/38", System.Text.Json.JsonSerializer.Serialize((object)answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Which_proposal_we_are_discussing_is_the_header_document()
    {
        var answer = Assert.IsType<DocumentAnswer>(Answerer().Answer("which cion proposal are we discussing, doc nr?", new DateOnly(2038, 5, 20)));

        Assert.StartsWith("14402/37", answer.Reference, StringComparison.Ordinal);
    }
}
