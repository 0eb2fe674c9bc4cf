using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A coming meeting the minutes place only in a period longer than a week ("in July", "in the second half of 2034")
/// is read as that period, which is no day of a meeting: the answer does not assert the period's first and last days
/// as the meeting's dates, it shows the meeting with its sentence (which may itself name the day the reader missed).
/// A meeting of a few days keeps its dates.
/// </summary>
public class PeriodNotADayTests
{
    private const string Minutes = "Brussels, 20 May 2034\nOUTCOME OF PROCEEDINGS\nOn: 12 May 2034\nTo: Working Party on Inland Waterways\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Any other business\n\nThe Presidency intends to convene the Working Party again in July to examine the revised text.";

    private const string FewDays = "Brussels, 20 May 2034\nOUTCOME OF PROCEEDINGS\nOn: 12 May 2034\nTo: Working Party on Inland Waterways\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Any other business\n\nThe next meeting of the Working Party will take place on 16 and 17 June 2034.";

    private const string HalfYear = "Brussels, 20 May 2034\nOUTCOME OF PROCEEDINGS\nOn: 12 May 2034\nTo: Working Party on Inland Waterways (IWWP)\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Any other business\n\nMeeting calendar: the incoming Presidency informed delegations of the IWWP meetings planned in the second semester of 2034.";

    [Fact]
    public void A_half_year_is_shown_with_its_sentence_not_asserted()
    {
        var answerer = new QuestionAnswerer([Read(HalfYear, "waterways-2034-05.txt")], new NoScheduleChanges());

        var answer = Assert.IsType<NextMeetingsAnswer>(answerer.Answer("next IWWP?", new DateOnly(2034, 5, 21)));

        Assert.Empty(answer.Dates);
        Assert.Contains(answer.Doubtful, d => d.Doubt!.Sentence.Contains("second semester of 2034", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("next inland waterways WP?")]
    [InlineData("when is the next meeting?")]
    public void A_period_is_shown_with_its_sentence_not_asserted(string question)
    {
        var answerer = new QuestionAnswerer([Read(Minutes, "waterways-2034-05.txt")], new NoScheduleChanges());

        var answer = Assert.IsType<NextMeetingsAnswer>(answerer.Answer(question, new DateOnly(2034, 5, 21)));

        Assert.Empty(answer.Dates);
        Assert.Contains(answer.Doubtful, d => d.Doubt!.Sentence.Contains("again in July", StringComparison.Ordinal));
    }

    private const string MonthWithDays = "Brussels, 20 May 2034\nOUTCOME OF PROCEEDINGS\nOn: 12 May 2034\nTo: Working Party on Inland Waterways\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Any other business\n\nThe Chair informed delegations of the next meetings of the Working Party: in July 2034, on 4, 11 and 18 July.";

    [Fact]
    public void A_month_whose_sentence_lists_its_days_stands_beside_them()
    {
        var answerer = new QuestionAnswerer([Read(MonthWithDays, "waterways-2034-05.txt")], new NoScheduleChanges());

        var answer = Assert.IsType<NextMeetingsAnswer>(answerer.Answer("when is the next meeting?", new DateOnly(2034, 5, 21)));

        Assert.Empty(answer.Doubtful);
        Assert.Contains(answer.Dates, d => d.Date == new DateOnly(2034, 7, 11));
    }

    [Fact]
    public void A_meeting_of_two_days_keeps_its_dates()
    {
        var answerer = new QuestionAnswerer([Read(FewDays, "waterways-2034-05.txt")], new NoScheduleChanges());

        var answer = Assert.IsType<NextMeetingsAnswer>(answerer.Answer("when is the next meeting?", new DateOnly(2034, 5, 21)));

        var meeting = Assert.Single(answer.Dates);
        Assert.Equal((new DateOnly(2034, 6, 16), new DateOnly(2034, 6, 17)), (meeting.Date, meeting.EndDate));
    }
}
