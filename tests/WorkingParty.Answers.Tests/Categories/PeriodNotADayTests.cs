using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A coming meeting the minutes place only in a period ("again in July", "in the second semester of 2034") is read as
/// that period, which is no day of a meeting: the answer does not assert the period's first and last days as the
/// meeting's dates, it shows the meeting with its sentence. A month whose sentence lists its days, and a meeting of a
/// few days, keep their dates.
/// </summary>
public class PeriodNotADayTests
{
    private const string Header = "Brussels, 20 May 2034\nOUTCOME OF PROCEEDINGS\nOn: 12 May 2034\nTo: Working Party on Inland Waterways (IWWP)\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Any other business\n\n";

    private static readonly DateOnly Today = new(2034, 5, 21);

    private static NextMeetingsAnswer Ask(string aob, string question) =>
        Assert.IsType<NextMeetingsAnswer>(new QuestionAnswerer([Read(Header + aob, "waterways-2034-05.txt")], new NoScheduleChanges()).Answer(question, Today));

    [Theory]
    [InlineData("The Presidency intends to convene the Working Party again in July to examine the revised text.", "next inland waterways WP?", "again in July")]
    [InlineData("The Presidency intends to convene the Working Party again in July to examine the revised text.", "when is the next meeting?", "again in July")]
    [InlineData("Meeting calendar: the incoming Presidency informed delegations of the IWWP meetings planned in the second semester of 2034.", "next IWWP?", "second semester of 2034")]
    public void A_period_is_shown_with_its_sentence_not_asserted(string aob, string question, string words)
    {
        var answer = Ask(aob, question);

        Assert.Empty(answer.Dates);
        Assert.Contains(answer.Doubtful, d => d.Doubt!.Sentence.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_whose_sentence_lists_its_days_stands_beside_them()
    {
        var answer = Ask("The Chair informed delegations of the next meetings of the Working Party: in July 2034, on 4, 11 and 18 July.", "when is the next meeting?");

        Assert.Empty(answer.Doubtful);
        Assert.Contains(answer.Dates, d => d.Date == new DateOnly(2034, 7, 11));
    }

    [Fact]
    public void A_meeting_of_two_days_keeps_its_dates()
    {
        var answer = Ask("The next meeting of the Working Party will take place on 16 and 17 June 2034.", "when is the next meeting?");

        var meeting = Assert.Single(answer.Dates);
        Assert.Equal((new DateOnly(2034, 6, 16), new DateOnly(2034, 6, 17)), (meeting.Date, meeting.EndDate));
    }
}
