using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A question about meetings held that asks more of a meeting than its body and month (the spring meeting, an extra
/// meeting, the cancelled ones) is not answered by a meeting held that is none of these: the record's own meeting
/// is no answer to it, and what the minutes say is shown instead. A meeting that is what was asked keeps its answer.
/// </summary>
public class HeldMeetingQualifierTests
{
    private const string Minutes = "Brussels, 28 October 2035\nOUTCOME OF PROCEEDINGS\nOn: 16 October 2035\nTo: Working Party on Mountain Regions\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Work programme\n\nThe Chair recalled that the spring meeting, first planned for 6 March 2035, had been held on 24 April 2035. " +
        "The meeting of 11 September 2035 had been cancelled. " +
        "An additional meeting of the Working Party will be held on 30 October 2035 to finalise the conclusions.";

    private readonly QuestionAnswerer _answerer = new([Read(Minutes, "mountains-2035-10.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("when was the spring meeting actually held?")]
    [InlineData("is there an extra meeting in october?")]
    [InlineData("which mountain regions meetings in 2035 were cancelled?")]
    public void The_record_s_own_meeting_is_no_answer_to_a_meeting_it_is_not(string question)
    {
        var answer = _answerer.Answer(question, new DateOnly(2035, 10, 29));

        var meetings = answer switch
        {
            LastMeetingsAnswer a => a.Meetings,
            MinutesListAnswer a => a.Meetings,
            _ => [],
        };
        Assert.DoesNotContain(meetings, m => m.Date == new DateOnly(2035, 10, 16));
    }

    [Theory]
    [InlineData("when did the WP meet in autumn?")]
    [InlineData("when was the last meeting?")]
    public void A_meeting_that_is_what_was_asked_keeps_its_answer(string question)
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(_answerer.Answer(question, new DateOnly(2035, 10, 29)));

        Assert.Equal([new DateOnly(2035, 10, 16)], answer.Meetings.Select(m => m.Date));
    }
}
