using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.RopewayMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// The fifth round's answer categories on invented minutes (<see cref="RopewayMinutes"/>): the recorded meeting asked
/// with "meeting date" in the past (12), deadlines asked by what they are about or after they closed (2), how a
/// meeting of a month stands and why it moved (3, 13), coming meetings filtered by a period (15).
/// </summary>
public class MeetingStatusAndDeadlineTopicTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("what was the meeting date?")]
    [InlineData("which date was the meeting?")]
    [InlineData("meeting date?")]
    public void C12_meeting_date_in_the_past_or_without_a_time_word_is_the_recorded_meeting(string question) =>
        Assert.Equal(new DateOnly(2033, 3, 15), Ask<LastMeetingsAnswer>(question).Meetings[0].Date);

    [Fact]
    public void C12_meeting_dates_of_a_past_month_are_the_meetings_held_then() =>
        Assert.Equal([new DateOnly(2033, 1, 18)], Ask<MinutesListAnswer>("what were the meeting dates in January?").Meetings.Select(m => m.Date));

    [Theory]
    [InlineData("what are the meeting dates?")]
    [InlineData("which meeting dates were announced?")]
    [InlineData("next meeting date?")]
    public void C12_meeting_dates_in_the_present_or_announced_stay_the_coming_meetings(string question) =>
        Assert.Equal(new DateOnly(2033, 4, 26), Ask<NextMeetingsAnswer>(question).Dates[0].Date);

    [Theory]
    [InlineData("is the deadline on 7010/33 still running?")]
    [InlineData("what was the deadline for remarks on the 3rd compromise?")]
    [InlineData("until when could we comment on the cable inspection compromise?")]
    public void C2_a_deadline_asked_by_its_document_or_by_the_sentence_before_it_is_shown_closed_when_passed(string question)
    {
        var answer = Ask<DeadlinesAnswer>(question);
        Assert.True(answer.Past);
        var deadline = Assert.Single(answer.Deadlines);
        Assert.Equal((new DateOnly(2033, 3, 28), -8), (deadline.Date, deadline.DaysLeft));
    }

    [Theory]
    [InlineData("any open deadlines?")]
    [InlineData("deadline for the questionnaire on lift safety staff?")]
    public void C2_open_deadlines_alone_or_one_still_open_leave_the_passed_ones_out(string question)
    {
        var answer = Ask<DeadlinesAnswer>(question);
        Assert.False(answer.Past);
        Assert.Equal([new DateOnly(2033, 4, 20)], answer.Deadlines.Select(d => d.Date));
    }

    [Theory]
    [InlineData("did the May meeting go ahead?")]
    [InlineData("was there a meeting in May?")]
    [InlineData("have we got a ropeway meeting in May?")]
    [InlineData("what became of the May meetings?")]
    public void C3_how_the_meetings_of_a_month_stand_is_told_by_their_sentences(string question)
    {
        var texts = Ask<PassagesAnswer>(question).Passages.Select(p => p.Text).ToList();
        Assert.Contains(CalledOff, texts);
        Assert.Contains(Moved, texts);
    }

    [Theory]
    [InlineData("is the June meeting definite?")]
    [InlineData("is the June meeting confirmed?")]
    public void C3_whether_a_coming_meeting_is_confirmed_is_its_sentence(string question) =>
        Assert.Equal([June], Ask<PassagesAnswer>(question).Passages.Select(p => p.Text));

    [Fact]
    public void C3_meetings_of_a_month_asked_plainly_stay_the_coming_ones() =>
        Assert.Equal([new DateOnly(2033, 5, 31)], Ask<NextMeetingsAnswer>("any meetings in May?").Dates.Select(d => d.Date));

    [Fact]
    public void C3_did_the_working_party_meet_in_a_month_is_the_meeting_held_then() =>
        Assert.Equal([new DateOnly(2033, 1, 18)], Ask<MinutesListAnswer>("did the ropeway WP meet in January 2033?").Meetings.Select(m => m.Date));

    [Theory]
    [InlineData("why was the May meeting moved?")]
    [InlineData("why was the meeting postponed?")]
    [InlineData("why has the 24 May meeting been shifted?")]
    public void C13_why_a_meeting_moved_is_the_sentence_that_moves_it_with_its_reason(string question) =>
        Assert.Equal(Moved, Ask<PassagesAnswer>(question).Passages[0].Text);

    [Theory]
    [InlineData("earliest meeting in 2034?", 2034, 1, 17)]
    [InlineData("first ropeway meeting in 2034?", 2034, 1, 17)]
    [InlineData("first meeting after 1 May?", 2033, 5, 31)]
    public void C15_the_first_coming_meeting_of_a_period_is_the_earliest_stored_then(string question, int year, int month, int day) =>
        Assert.Equal([new DateOnly(year, month, day)], Ask<NextMeetingsAnswer>(question).Dates.Select(d => d.Date));

    [Fact]
    public void C15_the_first_meeting_of_a_year_with_minutes_is_the_earliest_held() =>
        Assert.Equal([new DateOnly(2033, 1, 18)], Ask<MinutesListAnswer>("earliest meeting in 2033?").Meetings.Select(m => m.Date));
}
