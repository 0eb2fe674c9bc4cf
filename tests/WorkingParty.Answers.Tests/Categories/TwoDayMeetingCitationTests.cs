using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Asked when the meeting on a topic was, of a meeting held over two days, the answer cites both days ("when was the
/// WP meeting on beacons?": 6 and 7 May), never its first day alone.
/// </summary>
public class TwoDayMeetingCitationTests
{
    private const string Minutes = """
        Brussels, 15 May 2041
        OUTCOME OF PROCEEDINGS
        On: 6 and 7 May 2041
        To: Working Party on Lighthouses
        Subject: Summary of discussions

        1. Adoption of the agenda

        The agenda was adopted.

        2. Automated beacons

        The Commission presented its study on automated beacons (doc. 8102/41).
        """;

    [Fact]
    public void The_items_citation_holds_both_days()
    {
        var answerer = new QuestionAnswerer([InventedMinutes.Read(Minutes, "lighthouses-2041-05.txt")], new NoScheduleChanges());

        var answer = answerer.Answer("when was the lighthouses meeting on automated beacons", new DateOnly(2041, 5, 20));

        var source = answer switch
        {
            AgendaItemAnswer item => item.Source,
            PassagesAnswer passages => passages.Passages[0].Source,
            _ => throw new InvalidOperationException(answer.GetType().Name),
        };
        Assert.Equal((new DateOnly(2041, 5, 6), new DateOnly(2041, 5, 7)), (source.MeetingDate, source.MeetingEndDate));
    }
}
