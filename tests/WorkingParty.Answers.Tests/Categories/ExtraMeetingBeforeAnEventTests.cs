using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Is there an extra meeting before the summit?": the additional meeting the minutes announce "ahead of the summit" is
/// the one asked for, not the event that bounds the question; the summit's own dates bound it.
/// </summary>
public class ExtraMeetingBeforeAnEventTests
{
    private static readonly QuestionAnswerer Answerer = new([InventedMinutes.Read("""
        Brussels, 26 March 2034
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 17 March 2034
        To: Working Party on Wetlands
        Subject: Summary of the meeting of the Working Party on Wetlands
        1. Ramsar Conference of the Parties (COP 15), Geneva, 20 April - 1 May 2034
        The Presidency introduced the draft EU position.
        2. AOB
        The next meeting of the Working Party will take place on 31 March 2034. An additional meeting is tentatively scheduled for 14 April 2034, to finalise the EU coordination ahead of COP 15.
        """, "wetlands-2034-03.txt")], new NoScheduleChanges());

    [Fact]
    public void The_extra_meeting_announced_ahead_of_the_event_is_before_it()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(Answerer.Answer("is there an extra wetlands meeting before COP 15?", new DateOnly(2034, 3, 27)));

        Assert.Contains(answer.Dates, d => d.Date == new DateOnly(2034, 4, 14));
    }
}
