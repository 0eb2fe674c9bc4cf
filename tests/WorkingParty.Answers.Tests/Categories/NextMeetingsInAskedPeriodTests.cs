using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "First meeting next year?", "next meeting in January?": the period the question names restricts the coming meetings
/// before the soonest is picked; "next year" is the year after today's. None in the period is said, with the sentence,
/// rather than another date given.
/// </summary>
public class NextMeetingsInAskedPeriodTests
{
    private static readonly DateOnly Today = new(2030, 11, 28);

    private static readonly Meeting Lighthouses = InventedMinutes.Read("""
        Brussels, 8 November 2030
        (OR. en)
        14120/30
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 6 November 2030
        To: Working Party on Lighthouses
        Subject: Summary of discussions
        1. Adoption of the agenda
        The agenda was adopted.
        2. Fog signals
        The Commission presented its study on fog signals.
        3. AOB
        The Chair informed delegations that the next meetings of the Working Party would take place on 4 December, 18 December and 15 January, the last of these being the first meeting under the incoming Presidency.
        """, "lighthouses-2030-11.txt");

    private static readonly Meeting Buoys = InventedMinutes.Read("""
        Brussels, 14 November 2030
        (OR. en)
        14410/30
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 12 November 2030
        To: Working Party on Buoys
        Subject: Summary of discussions
        1. Adoption of the agenda
        The agenda was adopted.
        2. Mooring chains
        The Presidency presented a note on mooring chains.
        3. AOB
        The next meeting will take place on 10 December 2030.
        """, "buoys-2030-11.txt");

    private static NextMeetingsAnswer Answer(string question) =>
        Assert.IsType<NextMeetingsAnswer>(new QuestionAnswerer([Lighthouses, Buoys], new NoScheduleChanges()).Answer(question, Today));

    [Theory]
    [InlineData("first lighthouses meeting next year?")]
    [InlineData("first meeting of the WP on lighthouses next year?")]
    [InlineData("when is the next lighthouses meeting in 2031?")]
    [InlineData("next lighthouses meeting in January?")]
    [InlineData("first lighthouses meeting after Christmas?")]
    [InlineData("first lighthouses meeting under the next Presidency?")]
    public void The_soonest_meeting_of_the_asked_period_is_given(string question)
    {
        var answer = Answer(question);

        Assert.Equal([new DateOnly(2031, 1, 15)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void The_next_meeting_without_a_period_stays_the_soonest()
    {
        Assert.Equal(new DateOnly(2030, 12, 4), Answer("next lighthouses meeting?").Dates[0].Date);
    }

    [Fact]
    public void A_period_asked_of_no_meeting_asks_no_coming_meeting()
    {
        var answer = new QuestionAnswerer([Lighthouses, Buoys], new NoScheduleChanges()).Answer("what is planned on fog signals next year?", Today);

        Assert.IsNotType<NextMeetingsAnswer>(answer);
    }

    [Fact]
    public void No_meeting_in_the_asked_period_is_said_with_the_sentence()
    {
        var answer = Answer("first buoys meeting next year?");

        Assert.Empty(answer.Dates);
        Assert.Contains(answer.Doubtful, d => d.Doubt!.Sentence.Contains("10 December", StringComparison.Ordinal));
    }
}
