using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Joint" asked of the coming meetings is a filter: the next joint videoconference is the joint one the minutes date
/// (tentative, shown with its sentence), not the body's own next videoconference before it; when the minutes date no
/// coming joint meeting, the answer says so rather than give a meeting of another kind. The next videoconference is the
/// coming meeting said to be one, not the meeting before it.
/// </summary>
public class ComingMeetingOfTheKindAskedTests
{
    private static readonly DateOnly Today = new(2034, 3, 20);

    private static Meeting Minutes(string next) => InventedMinutes.Read($"""
        Brussels, 16 March 2034
        (OR. en)
        7300/34
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 13 March 2034
        To: Working Party on Canals
        Subject: Summary of the informal videoconference of the members of the Working Party on Canals
        1. Adoption of the agenda
        The agenda was adopted.
        2. Lock gate standards
        The Commission presented its study on lock gates.
        3. AOB
        {next}
        """, "canals-2034-03.txt");

    private const string Own = "The next informal videoconference of the Working Party will take place on 3 April 2034.";
    private const string Joint = "A second joint Canals/Ports videoconference is tentatively scheduled for 24 April 2034.";

    [Theory]
    [InlineData("next joint vtc?")]
    [InlineData("when is the next joint videoconference?")]
    public void The_next_joint_meeting_is_the_joint_one_not_the_own_one_before_it(string question)
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(new QuestionAnswerer([Minutes(Own + " " + Joint)], new NoScheduleChanges()).Answer(question, Today));

        Assert.DoesNotContain(answer.Dates, d => d.Date == new DateOnly(2034, 4, 3));
        Assert.Contains(answer.Dates.Select(d => d.Date).Concat(answer.Doubtful.Select(d => d.Date)), d => d == new DateOnly(2034, 4, 24));
    }

    [Theory]
    [InlineData("next vtc?")]
    [InlineData("when is the next videoconference?")]
    public void The_next_videoconference_is_the_coming_meeting_said_to_be_one(string question)
    {
        var minutes = Minutes("The next meeting of the Working Party will take place on 3 April 2034 in Brussels. " +
            "An informal videoconference of the members of the Working Party will be held on 10 April 2034.");

        var answer = Assert.IsType<NextMeetingsAnswer>(new QuestionAnswerer([minutes], new NoScheduleChanges()).Answer(question, Today));

        Assert.DoesNotContain(answer.Dates, d => d.Date == new DateOnly(2034, 4, 3));
        Assert.Contains(answer.Dates.Concat(answer.Doubtful), d => d.Date == new DateOnly(2034, 4, 10));
    }

    [Fact]
    public void No_coming_joint_meeting_is_said_rather_than_the_own_one_given()
    {
        var answer = new QuestionAnswerer([Minutes(Own)], new NoScheduleChanges()).Answer("next joint vtc?", Today);

        Assert.DoesNotContain(answer is NextMeetingsAnswer next ? next.Dates : [], d => d.Date == new DateOnly(2034, 4, 3));
    }
}
