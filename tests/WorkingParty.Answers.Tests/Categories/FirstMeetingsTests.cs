using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "The first meetings" asks for several: every coming meeting the question bounds, not the earliest alone; "the first
/// meeting" asks for the earliest.
/// </summary>
public class FirstMeetingsTests
{
    private const string Minutes = """
        Brussels, 9 December 2033
        OUTCOME OF PROCEEDINGS
        On: 2 December 2033
        To: Working Party on Lagoons
        Subject: Summary of discussions

        1. Adoption of the agenda

        The agenda was adopted.

        2. Lagoon salinity

        The Commission presented its study on lagoon salinity.

        3. AOB

        The first meetings under the incoming Presidency are planned for 10 January 2034 and 24 January 2034. Further meetings are planned for 7 February 2034 and 7 March 2034.
        """;

    private readonly QuestionAnswerer _answerer = new([InventedMinutes.Read(Minutes, "lagoons-2033-12.txt")], new NoScheduleChanges());

    [Fact]
    public void The_first_meetings_of_a_month_are_all_of_them()
    {
        Assert.Equal([new DateOnly(2034, 1, 10), new DateOnly(2034, 1, 24)], Dates("when are the first lagoons meetings in january?"));
    }

    [Fact]
    public void The_first_meeting_is_the_earliest()
    {
        Assert.Equal([new DateOnly(2034, 1, 10)], Dates("when is the first lagoons meeting in january?"));
    }

    private List<DateOnly> Dates(string question) =>
        [.. Assert.IsType<NextMeetingsAnswer>(_answerer.Answer(question, new DateOnly(2033, 12, 12))).Dates.Select(d => d.Date)];
}
