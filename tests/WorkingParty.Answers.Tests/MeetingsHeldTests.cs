using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.TwoWorkingParties;

namespace WorkingParty.Answers.Tests;

/// <summary>Questions about the past: the last meeting, the minutes held, a meeting by its date, an actor in a month.</summary>
public class MeetingsHeldTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question, DateOnly? today = null) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, today ?? Today));

    [Theory]
    [InlineData("when did we last meet?")]
    [InlineData("When was the last meeting?")]
    [InlineData("most recent meeting")]
    public void The_last_meeting_of_each_working_party_latest_first(string question)
    {
        var answer = Ask<LastMeetingsAnswer>(question);
        Assert.Equal([(Terrorism, new DateOnly(2019, 9, 10)), (Information, new DateOnly(2019, 9, 9))],
            answer.Meetings.Select(m => (m.Body, m.Date)));
        Assert.Equal(new DateOnly(2019, 9, 11), answer.Meetings[0].EndDate);
        Assert.Empty(answer.Scope);
    }

    [Theory]
    [InlineData("when did the WPI last meet?")]
    [InlineData("When did the Working Party on Information last meet?")]
    [InlineData("last meeting of the information working party")]
    public void The_last_meeting_of_the_working_party_named(string question)
    {
        var answer = Ask<LastMeetingsAnswer>(question);
        Assert.Equal("wpi-2019-09-09", Assert.Single(answer.Meetings).MeetingId);
        Assert.Equal([Information], answer.Scope);
    }

    [Fact]
    public void A_meeting_is_the_last_only_once_held()
    {
        var answer = Ask<LastMeetingsAnswer>("when did we last meet?", new DateOnly(2019, 9, 9));
        Assert.Equal(["wpi-2019-09-09"], answer.Meetings.Select(m => m.MeetingId));
    }

    [Fact]
    public void Before_any_meeting_nothing_was_held()
    {
        Assert.IsType<NotFoundAnswer>(_answerer.Answer("when did we last meet?", new DateOnly(2019, 1, 1)));
    }

    [Theory]
    [InlineData("which minutes do you have?")]
    [InlineData("what minutes do you hold")]
    [InlineData("list the minutes")]
    public void The_minutes_held_with_what_their_documents_say(string question)
    {
        var answer = Ask<MinutesListAnswer>(question);
        Assert.Equal(["twp-2019-09-10", "wpi-2019-09-09", "wpi-2019-04-15"], answer.Meetings.Select(m => m.MeetingId));
        var september = answer.Meetings[1];
        Assert.Equal((Information, "11800/19", new DateOnly(2019, 9, 16), "OUTCOME OF PROCEEDINGS", 3),
            (september.Body, september.DocumentNumber, september.IssueDate, september.Kind, september.Items));
        Assert.Null(answer.Meetings[2].DocumentNumber);
    }

    [Fact]
    public void The_minutes_held_of_one_working_party()
    {
        var answer = Ask<MinutesListAnswer>("which minutes do you have of the WPI?");
        Assert.Equal(["wpi-2019-09-09", "wpi-2019-04-15"], answer.Meetings.Select(m => m.MeetingId));
        Assert.Equal([Information], answer.Scope);
    }

    [Theory]
    [InlineData("when were the minutes of the WPI issued?", "wpi-2019-09-09")]
    [InlineData("when were the minutes of 15 April issued?", "wpi-2019-04-15")]
    public void When_the_minutes_were_issued_is_its_own_answer(string question, string meeting)
    {
        var answer = Ask<MinutesIssuedAnswer>(question);
        Assert.Equal(meeting, Assert.Single(answer.Meetings).MeetingId);
    }

    [Theory]
    [InlineData("what happened at the meeting of 9 September?", "wpi-2019-09-09")]
    [InlineData("what happened at the meeting of 9 September 2019?", "wpi-2019-09-09")]
    [InlineData("agenda of the meeting of September 9", "wpi-2019-09-09")]
    [InlineData("what was discussed on the 15th of April?", "wpi-2019-04-15")]
    [InlineData("what happened at the meeting of 11 September?", "twp-2019-09-10")]
    public void A_meeting_by_its_date_with_or_without_year(string question, string meeting)
    {
        Assert.Equal(meeting, Ask<AgendaAnswer>(question).MeetingId);
    }

    [Fact]
    public void A_date_on_which_nobody_met_is_not_found()
    {
        Assert.IsType<NotFoundAnswer>(_answerer.Answer("what happened at the meeting of 12 September?", Today));
    }

    [Theory]
    [InlineData("what did Belgium say in April?")]
    [InlineData("what did BE say in April 2019?")]
    [InlineData("What did the Belgian delegation say in April?")]
    public void What_an_actor_said_in_a_month(string question)
    {
        var answer = Ask<ActorStatementsAnswer>(question);
        Assert.Equal("wpi-2019-04-15", Assert.Single(answer.Statements).Source.MeetingId);
    }
}
