using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A deadline is asserted only when it is the one asked: asked what delegations owe ("by when do we reply?"), a date
/// the Presidency undertook to meet is shown with its sentence, not as the answer; asked for the final deadline of a
/// request that later minutes tell as extended, the extended date answers, not the date first set.
/// </summary>
public class DeadlineOwedAndFinalTests
{
    private const string March = "Brussels, 14 March 2036\nOUTCOME OF PROCEEDINGS\nOn: 11 March 2036\nTo: Working Party on Mountain Areas\nSubject: Summary of discussions\n\n" +
        "1. Survey on avalanche protection\n\nThe Presidency presented its survey on avalanche protection (WK 3410/2036). Delegations were invited to reply to the survey by 10 April 2036 at the latest.\n\n" +
        "2. AOB\n\nThe meeting planned for 22 April would not take place. It would be replaced by a written procedure on the draft Council conclusions on alpine tourism, which the Presidency would circulate by 15 April.";

    private const string May = "Brussels, 20 May 2036\nOUTCOME OF PROCEEDINGS\nOn: 13 May 2036\nTo: Working Party on Mountain Areas\nSubject: Summary of discussions\n\n" +
        "1. Survey on avalanche protection - state of play\n\nThe Presidency reported that eleven delegations had replied. To obtain a complete picture, the Presidency extended the deadline for replies until 12 June 2036.";

    private readonly QuestionAnswerer _answerer = new([Read(March, "mountain-2036-03.txt"), Read(May, "mountain-2036-05.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("by when do we have to reply on the written procedure that replaces the april meeting", "2036-04-02")]
    [InlineData("by when must MS answer the written procedure on alpine tourism?", "2036-04-02")]
    public void A_date_the_Presidency_owes_is_no_answer_for_certain_to_what_delegations_owe(string question, string today)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Day(today)));

        Assert.DoesNotContain(answer.Deadlines, d => d.Date == new DateOnly(2036, 4, 15) && d.IsCertain);
    }

    [Fact]
    public void Asked_of_the_Presidency_its_own_date_stands() =>
        Assert.Contains(Assert.IsType<DeadlinesAnswer>(_answerer.Answer("by when will the Presidency circulate the alpine tourism conclusions for the written procedure?", Day("2036-04-02"))).Deadlines,
            d => d.Date == new DateOnly(2036, 4, 15) && d.IsCertain);

    [Theory]
    [InlineData("what was the final deadline for the avalanche survey?")]
    [InlineData("final deadline for replies to the avalanche protection survey")]
    public void The_final_deadline_is_the_date_later_minutes_extended_it_to(string question) =>
        Assert.Equal([new DateOnly(2036, 6, 12)], Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Day("2036-07-01"))).Deadlines.Select(d => d.Date));

    private static DateOnly Day(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
}
