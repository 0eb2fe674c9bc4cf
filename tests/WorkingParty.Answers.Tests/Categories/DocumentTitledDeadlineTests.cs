using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Two requests made under one heading share its words; a request on the document the heading names ("Presidency
/// draft conclusions (doc. 9911/31)": "comments on doc. 9911/31") says what that heading says, the other request does
/// not. Asked by the heading's words, the request on its document is the answer, not both.
/// </summary>
public class DocumentTitledDeadlineTests
{
    private const string Minutes = "Brussels, 22 September 2031\nOUTCOME OF PROCEEDINGS\nOn: 17 September 2031\nTo: Working Party on Maritime Safety\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Ferry safety in the Baltic\n\na) Presidency draft Council conclusions (doc. 9911/31)\n\n" +
        "The Presidency presented its draft conclusions on ferry safety. Most delegations welcomed the draft. " +
        "Delegations may send written comments on doc. 9911/31 until 3 October. " +
        "MS were also requested to send to the Commission their figures on ferry inspections no later than 14 October 2031, using the template in WK 5555/2031.\n\n" +
        "3. AOB\n\nThe next meeting will take place on 29 October 2031.";

    private readonly QuestionAnswerer _answerer = new([Read(Minutes, "maritime-2031-09.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("until when can we comment on the draft conclusions on ferry safety?")]
    [InlineData("deadline for the draft conclusions?")]
    public void A_request_on_the_document_a_heading_names_answers_for_the_heading(string question)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, new DateOnly(2031, 9, 25)));

        Assert.Equal([new DateOnly(2031, 10, 3)], answer.Deadlines.Select(d => d.Date));
    }
}
