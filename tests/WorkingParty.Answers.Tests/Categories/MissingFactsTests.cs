using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.LighthouseMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// The eighth round's answers that lacked a fact, on invented minutes (<see cref="LighthouseMinutes"/>): an agenda
/// shows its items' lettered parts; a month misspelt by a letter names its meeting; the minutes named by what they
/// discussed give their issue date; deadlines asked as a list are all those of the topic, found by their item's title
/// too.
/// </summary>
public class MissingFactsTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("agenda of the last lighthouse meeting")]
    [InlineData("what was on the agenda in march?")]
    public void An_agenda_shows_the_lettered_parts_of_its_items(string question)
    {
        var answer = Ask<AgendaAnswer>(question);
        Assert.Equal(["a) Colour coding of lanterns", "b) Presidency progress report"], answer.Items[1].SubItems);
        Assert.Empty(answer.Items[0].SubItems);
    }

    [Theory]
    [InlineData("agenda of the meeting in janury?")]
    [InlineData("what was on the agenda in januray")]
    public void A_month_misspelt_by_one_letter_names_the_meeting(string question)
    {
        Assert.Equal("lighthouse-2041-01-15", Ask<AgendaAnswer>(question).MeetingId);
    }

    [Theory]
    [InlineData("when were the beacon minutes issued?", "lighthouse-2041-03-10")]
    [InlineData("when were the minutes on fog signals issued", "lighthouse-2041-01-15")]
    public void Minutes_named_by_what_they_discussed_give_their_issue_date(string question, string meeting)
    {
        var answer = Ask<MinutesIssuedAnswer>(question);
        Assert.Equal(meeting, Assert.Single(answer.Meetings).MeetingId);
    }

    [Theory]
    [InlineData("which beacon deadlines are still open?")]
    [InlineData("open deadlines on beacon lanterns")]
    public void Deadlines_asked_as_a_list_are_found_by_their_items_title_too(string question)
    {
        var answer = Ask<DeadlinesAnswer>(question);
        Assert.Equal([new DateOnly(2041, 3, 25), new DateOnly(2041, 3, 27)], answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void One_deadline_asked_by_its_topic_is_the_one_whose_sentence_says_it()
    {
        var answer = Ask<DeadlinesAnswer>("deadline for the beacon note?");
        Assert.Equal([new DateOnly(2041, 3, 25)], answer.Deadlines.Select(d => d.Date));
    }
}
