using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A coming meeting asked about by a part of a month ("end of mar", "early april", "late in march") or as "another"
/// meeting: the coming meetings in that part of the month (the end: from the 21st), not a search for the words.
/// </summary>
public class PartOfMonthMeetingTests
{
    private const string Minutes = """
        Brussels, 1 March 2033
        OUTCOME OF PROCEEDINGS
        On: 24 February 2033
        To: Working Party on Salt Marshes
        Subject: Summary of discussions

        1. Adoption of the agenda

        The agenda was adopted.

        2. Marsh restoration

        The Commission presented its study on marsh restoration.

        3. AOB

        The next meeting of the Working Party will take place on 9 March 2033. Further meetings are tentatively planned for 29 March 2033 and 8 April 2033.
        """;

    private readonly QuestionAnswerer _answerer = new([InventedMinutes.Read(Minutes, "marshes-2033-02.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("another meeting planned end of mar?")]
    [InlineData("anything planned end of march for the salt marshes wp?")]
    [InlineData("any meetings late in march?")]
    [InlineData("any other marshes meeting at the end of march?")]
    public void A_part_of_a_month_asks_for_the_months_coming_meetings(string question)
    {
        var dates = Dates(_answerer.Answer(question, new DateOnly(2033, 3, 2)));

        Assert.Equal([new DateOnly(2033, 3, 29)], dates);
    }

    [Fact]
    public void Early_in_a_month_asks_for_that_months_meetings()
    {
        Assert.Contains(new DateOnly(2033, 4, 8), Dates(_answerer.Answer("marshes wp meeting early april?", new DateOnly(2033, 3, 2))));
    }

    [Fact]
    public void Another_meeting_is_a_coming_one()
    {
        Assert.Equal(new DateOnly(2033, 3, 9), Dates(_answerer.Answer("is there another meeting planned?", new DateOnly(2033, 3, 2)))[0]);
    }

    private static List<DateOnly> Dates(Answer answer) => [.. Assert.IsType<NextMeetingsAnswer>(answer).Dates.Select(d => d.Date)];
}
