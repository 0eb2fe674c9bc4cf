using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Minutes of a meeting held later than first planned ("The meeting, initially planned for 3 March, was postponed to
/// 10 March ..."), asked from either end: its original date is the day first planned, never the day it was held; the
/// meeting "postponed from 3 March" is the meeting these minutes record, held on 10 March, not the coming meetings.
/// </summary>
public class PostponedMeetingAskedFromEitherEndTests
{
    private static readonly DateOnly Today = new(2031, 3, 20);

    private static Meeting Minutes(string moved) => InventedMinutes.Read($"""
        Brussels, 14 March 2031
        (OR. en)
        7020/31
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 10 March 2031
        To: Working Party on Lighthouses
        Subject: Summary record
        {moved}
        1. Adoption of the agenda
        The agenda was adopted.
        2. Beacon maintenance
        The Commission presented its report on beacon maintenance.
        3. AOB
        The next meeting will take place on 7 April 2031.
        """, "lighthouses-2031-03.txt");

    private const string Initially = "The meeting, initially planned for 3 March 2031, was postponed to 10 March 2031 owing to a strike of air traffic controllers.";
    private const string Originally = "The meeting, originally scheduled for 3 March 2031, was postponed to 10 March 2031 owing to a strike of air traffic controllers.";

    [Theory]
    [InlineData(Initially, "what was the original date of this meeting?")]
    [InlineData(Originally, "what was the original date of this meeting?")]
    [InlineData(Initially, "original date of the lighthouses meeting?")]
    public void The_original_date_is_the_day_first_planned(string moved, string question)
    {
        var answer = new QuestionAnswerer([Minutes(moved)], new NoScheduleChanges()).Answer(question, Today);

        var passages = Assert.IsType<PassagesAnswer>(answer);
        Assert.Contains(passages.Passages, p => p.Text.Contains("3 March 2031", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Initially, "the lighthouses meeting postponed from 3 march, when was it held?")]
    [InlineData(Originally, "when did the meeting postponed from 3 March take place?")]
    public void The_meeting_postponed_from_a_day_is_the_meeting_these_minutes_record(string moved, string question)
    {
        var answer = new QuestionAnswerer([Minutes(moved)], new NoScheduleChanges()).Answer(question, Today);

        var held = Assert.IsType<LastMeetingsAnswer>(answer);
        Assert.Equal([new DateOnly(2031, 3, 10)], held.Meetings.Select(m => m.Date));
    }
}
