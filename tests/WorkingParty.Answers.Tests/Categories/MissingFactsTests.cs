using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
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

    [Fact]
    public void One_deadline_asked_by_a_topic_its_sentence_says_only_in_part_is_not_the_request_under_that_items_title()
    {
        const string Required = "The Commission recalled that ratification of the Convention was required by 30 June 2043.";
        const string Plans = "The Commission asked delegations to send their ratification plans by 15 April.";
        var pilotage = new Meeting(
            "pilotage-2041-03-12", "Working Party on Harbour Pilotage", new DateOnly(2041, 3, 12), false, "Outcome of proceedings", "st07410-en41.txt",
            [
                ShippingMinutes.Item(1, "Adoption of the agenda", [], ShippingMinutes.P(null, ShippingMinutes.S("The agenda was adopted."))),
                ShippingMinutes.Item(2, "Implementation of the Convention on harbour pilotage", [], ShippingMinutes.P(null,
                    ShippingMinutes.S(Required, "Commission"), ShippingMinutes.S("DE described its draft law.", "DE"), ShippingMinutes.S(Plans, "Commission"))),
            ],
            [new DatedEvent(new DateOnly(2043, 6, 30), null, DatePrecision.Day, EventKind.Event, "ratification of the Convention", 2, Required)],
            [new Deadline(new DateOnly(2041, 4, 15), 2, "send their ratification plans", "delegations", [], Plans)]);
        var answerer = new QuestionAnswerer([pilotage], new NoScheduleChanges());

        var answer = answerer.Answer("ratification deadline pilotage convention?", Today);

        Assert.False(answer is DeadlinesAnswer deadlines && deadlines.Deadlines.Any(d => d.Date == new DateOnly(2041, 4, 15)));
    }
}
