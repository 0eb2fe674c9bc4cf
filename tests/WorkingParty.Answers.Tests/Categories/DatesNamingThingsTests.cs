using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Dates in questions and sentences that name something other than a due day: two days before a month's name are a
/// two-day meeting ("the 3/4 June meeting"), not a day and month in figures; a month in a deadline question that no
/// deadline falls in names what is requested ("the March 2039 call"); a meeting named by its month alone ("at the
/// meeting in February") is the one meeting the minutes schedule in that month, whose day is quoted beside it.
/// </summary>
public class DatesNamingThingsTests
{
    private static readonly DateOnly Today = new(2038, 11, 20);

    private static Meeting Lagoons(string on, string issued, string file, string items) => InventedMinutes.Read(
        $"Brussels, {issued}\nOUTCOME OF PROCEEDINGS\nOn: {on}\nTo: Working Party on Lagoons (LAGOON)\nSubject: Summary record\n\n"
        + "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" + items, file);

    private const string NovemberItems =
        "2. Brackish water monitoring\n\nThe Commission presented its monitoring survey (WK 4410/2038). Delegations should answer the survey at the latest by 30 November 2038, so that the Commission can present the findings at the meeting in February.\n\n"
        + "3. Lagoon restoration grants\n\nThe Commission recalled that applications for the March 2039 call must be submitted by 12 December 2038.\n\n"
        + "4. AOB\n\nThe incoming Presidency has scheduled meetings in 2039 on 15 January, 21 February and 14 March.";

    private readonly QuestionAnswerer _answerer = new(
        [
            Lagoons("3 and 4 June 2038", "11 June 2038", "lagoon-2038-06.txt", "2. Bird census\n\nThe Presidency presented the census of lagoon birds."),
            Lagoons("8 November 2038", "14 November 2038", "lagoon-2038-11.txt", NovemberItems),
        ],
        new NoScheduleChanges());

    [Fact]
    public void Two_days_slashed_before_a_month_are_the_days_of_the_meeting()
    {
        var answer = Assert.IsType<MinutesIssuedAnswer>(_answerer.Answer("when were the minutes of the 3/4 june meeting issued", Today));

        Assert.Equal([new DateOnly(2038, 6, 11)], answer.Meetings.Select(m => m.IssueDate));
    }

    [Fact]
    public void A_month_no_deadline_falls_in_names_what_is_requested()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline for march 2039 grant applications?", Today));

        Assert.Equal([new DateOnly(2038, 12, 12)], answer.Deadlines.Select(d => d.Date).Distinct());
    }

    [Fact]
    public void A_meeting_named_by_its_month_is_quoted_with_the_day_the_minutes_give_it()
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer("when will the survey findings be presented", Today));

        Assert.Contains("at the meeting in February", answer.Passages[0].Text);
        Assert.Contains("21 February", answer.Passages[1].Text);
    }
}
