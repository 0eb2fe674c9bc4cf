using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "The last meeting of the year", "the final meeting under this Presidency" asked while such meetings are still to come
/// ask for the last of them, not the last meeting held; "dates of the additional meeting" asks for the coming additional
/// meeting. "When did we last meet?" still asks for the last meeting held.
/// </summary>
public class ClosingAndAdditionalMeetingTests
{
    private const string Minutes = """
        Brussels, 6 November 2031
        OUTCOME OF PROCEEDINGS
        On: 28 October 2031
        To: Working Party on Glaciers
        Subject: Summary of discussions

        1. Adoption of the agenda

        The agenda was adopted.

        2. Glacier monitoring

        The Commission presented its study on glacier retreat.

        3. AOB

        The remaining meetings of the Working Party are scheduled for 18 November and 9 December.

        4. Other business

        The next meeting is convened for 20 November 2031. An additional meeting is provisionally foreseen for 4-5 December.
        """;

    private static readonly DateOnly Today = new(2031, 11, 10);
    private readonly QuestionAnswerer _answerer = new([InventedMinutes.Read(Minutes, "glaciers-2031-10.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("last glaciers meeting of the year?")]
    [InlineData("when is the final meeting of the year?")]
    [InlineData("last meeting under this presidency?")]
    [InlineData("last glaciers wp of the year?")]
    [InlineData("final WP under this presidency?")]
    public void The_last_meeting_of_a_span_still_to_come_is_its_last_coming_date(string question) =>
        Assert.Equal([new DateOnly(2031, 12, 9)], Dates(question));

    [Fact]
    public void Dates_of_the_additional_meeting_are_the_coming_additional_meeting()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("dates of the additional meeting", Today));
        Assert.Equal([new DateOnly(2031, 12, 4)], answer.Dates.Select(d => d.Date));
        Assert.Contains("provisionally", answer.Dates[0].Sentence);
    }

    [Theory]
    [InlineData("when did we last meet?")]
    [InlineData("when was the last wp?")]
    [InlineData("date of the previous glaciers WP?")]
    public void When_did_we_last_meet_is_the_last_meeting_held(string question) =>
        Assert.Equal(new DateOnly(2031, 10, 28), Assert.IsType<LastMeetingsAnswer>(_answerer.Answer(question, Today)).Meetings[0].Date);

    private List<DateOnly> Dates(string question) =>
        [.. Assert.IsType<NextMeetingsAnswer>(_answerer.Answer(question, Today)).Dates.Select(d => d.Date)];
}
