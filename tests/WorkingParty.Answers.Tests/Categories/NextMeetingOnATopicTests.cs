using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "When do we meet next on the port levy?", "after 11 October when do we meet again on it?": when no sentence dates the topic, the coming
/// meetings of the body whose item it is, not the item; a question asking no meeting ("next steps on the port levy?")
/// keeps the item.
/// </summary>
public class NextMeetingOnATopicTests
{
    private static readonly QuestionAnswerer Answerer = new([InventedMinutes.Read("""
        Brussels, 30 September 2035
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 27 September 2035
        To: Working Party on Inland Waterways
        Subject: Summary of the meeting of the Working Party on Inland Waterways
        1. Proposal for a Regulation on the port levy
        The Presidency presented its compromise text on the port levy. Delegations broadly welcomed it.
        2. AOB
        The Presidency confirmed the next meetings on 11 October and 8 November 2035. The meeting scheduled for 25 October is cancelled.
        """, "waterways-2035-09.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("when do we meet next on the port levy?", "2035-10-05", "2035-10-11")]
    [InlineData("after 11 oct when do we meet again on the port levy", "2035-10-12", "2035-11-08")]
    public void The_coming_meetings_of_the_body_are_given(string question, string today, string expected)
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(Answerer.Answer(question, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), answer.Dates[0].Date);
        Assert.DoesNotContain(answer.Dates, d => d.Date == new DateOnly(2035, 10, 25));
    }

    [Fact]
    public void Next_steps_asked_without_a_meeting_keep_the_item() =>
        Assert.IsNotType<NextMeetingsAnswer>(Answerer.Answer("next steps on the port levy?", new DateOnly(2035, 10, 5)));
}
