using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.CanalMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "When were the minutes issued?" in the words delegates use: "sent out", "distributed"; the meeting named by "may"
/// before the body's name ("the may CANALS minutes"); the joint meeting's minutes ("the joint minutes"). The answer is
/// the record's issue date, never the meeting's.
/// </summary>
public class IssueDateWordingTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private MinutesIssuedAnswer Ask(string question) => Assert.IsType<MinutesIssuedAnswer>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("when were the minutes sent out")]
    [InlineData("when were the canals minutes distributed?")]
    public void Sent_out_and_distributed_ask_when_the_minutes_were_issued(string question)
    {
        Assert.Equal([new DateOnly(2036, 5, 12)], Ask(question).Meetings.Select(m => m.IssueDate));
    }

    [Fact]
    public void A_month_written_may_before_the_bodys_name_names_the_meeting()
    {
        var answerer = new QuestionAnswerer([CanalsApril(), CanalsMay()], new NoScheduleChanges());

        var answer = Assert.IsType<MinutesIssuedAnswer>(answerer.Answer("when were the minutes of the may CANALS issued", new DateOnly(2036, 7, 1)));

        Assert.Equal([new DateOnly(2036, 5, 12)], answer.Meetings.Select(m => m.IssueDate));
    }

    [Fact]
    public void The_joint_minutes_are_the_joint_meetings_record()
    {
        static string Minutes(string to, string on, string issued) =>
            $"Brussels, {issued}\nOUTCOME OF PROCEEDINGS\nOn: {on}\nTo: {to}\nSubject: Summary of discussions\n\n"
            + "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Dune stabilisation\n\nThe Commission presented its study of joint dune projects.";
        var answerer = new QuestionAnswerer(
        [
            InventedMinutes.Read(Minutes("Working Party on Coasts (COAST) and the Working Party on Estuaries (ESTU)", "4 March 2037", "11 March 2037"), "joint-2037-03.txt"),
            InventedMinutes.Read(Minutes("Working Party on Coasts (COAST)", "2 June 2037", "9 June 2037"), "coast-2037-06.txt"),
        ], new NoScheduleChanges());

        var answer = Assert.IsType<MinutesIssuedAnswer>(answerer.Answer("when were the joint COAST/ESTU minutes issued", new DateOnly(2037, 7, 1)));

        Assert.Equal([new DateOnly(2037, 3, 11)], answer.Meetings.Select(m => m.IssueDate));
    }
}
