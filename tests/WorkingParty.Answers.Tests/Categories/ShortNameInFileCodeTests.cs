using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A body's bracketed short name written in lower case ("the feb cofer") still names the body when an item title holds
/// it only as the file code of a document reference ("(doc. 5120/36 COFER 28 JUR 61)"): that is no word of the title.
/// </summary>
public class ShortNameInFileCodeTests
{
    private const string Ferries = """
        Brussels, 12 February 2036
        OUTCOME OF PROCEEDINGS
        On: 3 February 2036
        To: Working Party on Consular Ferries (COFER)
        Subject: Outcome of the meeting

        1. Adoption of the agenda

        The agenda was adopted.

        2. Proposal for a Directive on ferry passes for unrepresented citizens (doc. 5120/36 COFER 28 JUR 61)

        The Presidency presented its questionnaire. FR and NL supported it.

        3. AOB

        The next meeting will take place on 2 March 2036.
        """;

    private const string Docks = """
        Brussels, 20 February 2036
        OUTCOME OF PROCEEDINGS
        On: 17 February 2036
        To: Working Party on Dry Docks (DOCKS)
        Subject: Outcome of the meeting

        1. Adoption of the agenda

        The agenda was adopted.

        2. Dock safety standards

        The Commission presented its study on dock safety (doc. 6020/36).
        """;

    private static QuestionAnswerer Answerer() => new(
        [InventedMinutes.Read(Ferries, "cofer-2036-02.txt"), InventedMinutes.Read(Docks, "docks-2036-02.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("agenda items of the feb cofer")]
    [InlineData("cofer agenda")]
    public void The_agenda_of_the_body_named_in_lower_case_is_given(string question)
    {
        var answer = Assert.IsType<AgendaAnswer>(Answerer().Answer(question, new DateOnly(2036, 2, 25)));

        Assert.Equal(new DateOnly(2036, 2, 3), answer.MeetingDate);
    }
}
