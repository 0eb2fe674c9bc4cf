using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A deadline the minutes give as part of a month (team decision, issue 12) is listed among the open deadlines with
/// the minutes' words and its day; asked by a topic its own sentence does not name (only its item's title), it is
/// quoted with its sentence rather than asserted.
/// </summary>
public class VagueDeadlineAnswerTests
{
    private const string Body = "Working Party on Glaciers";
    private const string Survey = "Member States were invited to send their data on snow cover by the end of May.";
    private const string Census = "Delegations were invited to return the moraine census by 12 June 2036.";
    private static readonly DateOnly Today = new(2036, 5, 4);

    private static Meeting April() => new(
        "glaciers-2036-04-22", Body, new DateOnly(2036, 4, 22), false, "Outcome of proceedings", "glaciers-2036-04.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Alpine glacier monitoring", [], P(null, S(Survey), S(Census))),
        ],
        [],
        [
            new Deadline(new DateOnly(2036, 5, 31), 2, "send their data on snow cover", "Member States", [], Survey) { Vague = new VagueDue("end of May", false) },
            new Deadline(new DateOnly(2036, 6, 12), 2, "return the moraine census", "delegations", [], Census),
        ]);

    private readonly QuestionAnswerer _answerer = new([April()], new NoScheduleChanges());

    private DeadlinesAnswer Ask(string question) => Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Today));

    [Fact]
    public void An_end_of_month_deadline_is_listed_open_with_its_words_its_day_and_its_sentence()
    {
        var vague = Ask("open deadlines?").Deadlines[0];

        Assert.Equal((new DateOnly(2036, 5, 31), "end of May", Survey), (vague.Date, vague.Vague?.Words, vague.Sentence));
        Assert.True(vague.IsCertain);
    }

    [Fact]
    public void Asked_by_what_its_own_sentence_says_it_is_asserted()
    {
        var answer = Ask("by when do we send the snow cover data?");

        Assert.True(Assert.Single(answer.Deadlines).IsCertain);
    }

    [Fact]
    public void Asked_by_a_topic_only_its_items_title_names_it_is_quoted_with_its_sentence()
    {
        var answer = Ask("which glacier monitoring deadlines are still open?");

        var vague = Assert.Single(answer.Deadlines, d => d.Vague is not null);
        Assert.Equal(Survey, vague.Doubt?.Sentence);
        Assert.True(Assert.Single(answer.Deadlines, d => d.Vague is null).IsCertain);
    }
}
