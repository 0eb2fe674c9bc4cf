using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A deadline extended, told in the minutes of the meeting that set it or of a later one: the date first set is no
/// current deadline once later minutes replaced it, and a question asking what a deadline was extended to is answered
/// by the deadline told as extended, even when it has passed and others are open.
/// </summary>
public class ExtendedDeadlineAnswerTests
{
    private const string January = "Brussels, 27 January 2031\nOUTCOME OF PROCEEDINGS\nOn: 20 January 2031\nTo: Working Party on Inland Navigation\nSubject: Summary of discussions\n\n" +
        "1. Lock registers\n\nThe Commission presented an overview of the national lock registers (NLRs) received so far. " +
        "The Chair urged delegations to submit their NLRs no later than 28 February 2031.\n\n" +
        "2. Survey of barge crews\n\nThe Presidency introduced its survey of barge crews (WK 1111/2031). Delegations were asked to reply to the survey by 2 May 2031.\n\n" +
        "3. AOB\n\nThe next meeting would take place on 9 June 2031.";

    private const string June = "Brussels, 16 June 2031\nOUTCOME OF PROCEEDINGS\nOn: 9 June 2031\nTo: Working Party on Inland Navigation\nSubject: Summary of discussions\n\n" +
        "1. Lock registers - follow-up\n\nThe Chair recalled that the deadline for submitting the national lock registers had been set at 28 February. " +
        "Because of the strike, that deadline has been extended to 15 July 2031.\n\n" +
        "2. Survey of barge crews - outcome\n\nThe Presidency recalled that the deadline for replies to the survey (WK 1111/2031) had been extended from 2 May to 23 May. " +
        "The Presidency presented its summary of the replies (WK 2222/2031). Delegations may comment on the summary until 20 June 2031.\n\n" +
        "3. Port dues\n\nDelegations were invited to send examples of good practice on port dues by 30 June 2031.";

    private readonly QuestionAnswerer _answerer = new(
        [Read(January, "inland-2031-01.txt"), Read(June, "inland-2031-06.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("what's the current deadline for the NLRs?", "2031-07-01")]
    [InlineData("whats the new deadline for the national lock registers", "2031-06-20")]
    public void A_deadline_later_minutes_extended_gives_the_new_date_only(string question, string today) =>
        Assert.Equal([new DateOnly(2031, 7, 15)], Dates(question, today));

    [Theory]
    [InlineData("what was the crew survey deadline extended to", "2031-06-12")]
    [InlineData("what was the barge crew survey deadline pushed back to?", "2031-06-12")]
    [InlineData("what was the survey deadline pushed back to?", "2031-06-12")]
    public void What_a_deadline_was_extended_to_is_the_extended_one_even_when_passed(string question, string today) =>
        Assert.Equal([new DateOnly(2031, 5, 23)], Dates(question, today));

    [Fact]
    public void An_open_request_on_a_summary_of_replies_beats_the_passed_deadline_for_the_replies() =>
        Assert.Equal([new DateOnly(2031, 6, 20)], Dates("until when can we comment on the summary of the crew replies?", "2031-06-12"));

    private IEnumerable<DateOnly> Dates(string question, string today) =>
        Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))).Deadlines.Select(d => d.Date);
}
