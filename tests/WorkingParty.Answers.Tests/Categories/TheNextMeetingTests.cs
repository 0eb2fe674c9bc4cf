using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Asked for the next meeting (one), the soonest coming meeting whose own sentence calls it the next one answers; later
/// dates read from other sentences (a workshop, a joint meeting, the incoming Presidency's first dates) are shown with
/// their sentence, not asserted. Dates of the same sentence, a later one told as "the next meeting" too, and every date
/// when the soonest is conditional or more meetings are asked, stay plain.
/// </summary>
public class TheNextMeetingTests
{
    private static readonly DateOnly Today = new(2037, 5, 20);

    private static Meeting Minutes(string next) => InventedMinutes.Read($"""
        Brussels, 14 May 2037
        (OR. en)
        8800/37
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 12 May 2037
        To: Working Party on Glaciers
        Subject: Summary of discussions
        1. Adoption of the agenda
        The agenda was adopted.
        2. Ice core archive
        The Commission presented its study on ice cores.
        3. AOB
        {next}
        """, "glaciers-2037-05.txt");

    private const string Own = "The next meeting of the Working Party will take place on 2 June 2037.";
    private const string Incoming = "The incoming Presidency gave the dates of its first meetings of the Working Party: 7 July and 22 September 2037.";
    private const string Workshop = "The Presidency informed delegations that a workshop on moraines would take place in Tartu on 10 and 11 June 2037.";

    private static NextMeetingsAnswer Ask(string next, string question) =>
        Assert.IsType<NextMeetingsAnswer>(new QuestionAnswerer([Minutes(next)], new NoScheduleChanges()).Answer(question, Today));

    [Theory]
    [InlineData("next glaciers WP meeting?")]
    [InlineData("when does the glaciers wp meet next")]
    public void The_next_meeting_asked_is_the_one_its_sentence_calls_next_and_later_dates_are_quoted(string question)
    {
        var answer = Ask($"{Own} {Incoming} {Workshop}", question);

        Assert.Equal([new DateOnly(2037, 6, 2)], answer.Dates.Select(d => d.Date));
        Assert.Contains(answer.Doubtful, d => d.Date == new DateOnly(2037, 7, 7));
        Assert.Contains(answer.Doubtful, d => d.Date == new DateOnly(2037, 6, 10));
    }

    [Theory]
    [InlineData("next glaciers WP meetings?")]
    [InlineData("which meeting dates are coming up?")]
    public void Asked_for_more_meetings_every_date_stays(string question) =>
        Assert.Contains(Ask($"{Own} {Incoming}", question).Dates, d => d.Date == new DateOnly(2037, 7, 7));

    [Theory]
    [InlineData("The next meetings of the Working Party will take place on 2 June and 16 June 2037.")]
    [InlineData("An additional meeting could be convened on 2 June 2037 if needed. The Working Party will meet on 16 June 2037.")]
    [InlineData("The next round of talks with Norway would take place on 2 June 2037 and the WP would be debriefed at its next meeting. The next meeting of the Working Party will take place on 16 June 2037.")]
    public void Dates_of_the_same_sentence_or_after_a_conditional_meeting_stay(string next) =>
        Assert.Equal([new DateOnly(2037, 6, 2), new DateOnly(2037, 6, 16)], Ask(next, "next glaciers WP meeting?").Dates.Select(d => d.Date));
}
