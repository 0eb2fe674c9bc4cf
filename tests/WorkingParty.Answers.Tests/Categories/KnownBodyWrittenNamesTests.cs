using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A known body's minutes that write another of its full names ("Working Party on Financial Services" for the Working
/// Party on Financial Services and the Banking Union) keep that name, and answer to all the body's other names.
/// </summary>
public class KnownBodyWrittenNamesTests
{
    private static readonly QuestionAnswerer Answerer = new([InventedMinutes.Read("""
        Brussels, 19 March 2033
        (OR. en)
        7410/33
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 15 March 2033
        To: Working Party on Financial Services
        Subject: Summary of discussions
        1. Adoption of the agenda
        The agenda was adopted.
        2. Deposit insurance
        The Commission presented its report on deposit insurance schemes.
        """, "finserv-2033-03.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("when did FSBU last meet?")]
    [InlineData("when did the Working Party on Financial Services and the Banking Union last meet?")]
    public void The_body_answers_to_its_other_names(string question)
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(Answerer.Answer(question, new DateOnly(2033, 4, 1)));
        Assert.Equal(("Working Party on Financial Services", new DateOnly(2033, 3, 15)), (Assert.Single(answer.Meetings).Body, answer.Meetings[0].Date));
    }
}
