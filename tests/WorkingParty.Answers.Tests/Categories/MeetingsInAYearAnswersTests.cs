using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "The remaining meetings of the Working Party in 2031 are scheduled for 18 November and 9 December": the dates after
/// the year phrase are the body's coming meetings.
/// </summary>
public class MeetingsInAYearAnswersTests
{
    private static readonly Meeting Lighthouses = InventedMinutes.Read("""
        Brussels, 3 October 2031
        (OR. en)
        12400/31
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 29 September 2031
        To: Working Party on Lighthouses
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Beacon maintenance
        The Commission presented its report on beacon maintenance.
        3. AOB
        The remaining meetings of the Working Party in 2031 are scheduled for 18 November and 9 December.
        """, "lighthouses-2031-09.txt");

    private readonly QuestionAnswerer _answerer = new([Lighthouses], new NoScheduleChanges());

    [Fact]
    public void The_next_meetings_are_the_dates_after_the_year_phrase()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("next lighthouses WP meetings?", new DateOnly(2031, 10, 6)));

        Assert.Equal([new DateOnly(2031, 11, 18), new DateOnly(2031, 12, 9)], answer.Dates.Select(d => d.Date).Distinct().Order());
    }
}
