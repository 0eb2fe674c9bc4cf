using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A sentence on the question's topic is quoted with the next one of its paragraph when that one says a word of the
/// question it lacks ("... asked for 40 days. Cion could accept 30 days."); "sanctions" are the minutes' "restrictive measures".
/// </summary>
public class CompletingSentenceTests
{
    private static readonly DateOnly Day = new(2036, 9, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("seeds-2036-09-09", "Working Party on Seed Banks", new DateOnly(2036, 9, 9), false, "Outcome of proceedings", "seeds-2036-09.txt",
            [
                Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
                Item(2, "Proposal on gene bank storage", [],
                    P(null, S("Romania and Bulgaria asked for a longer cold storage period of 40 days instead of 20 days.", "RO", "BG"),
                        S("Cion could accept 30 days.", "Commission"))),
                Item(3, "Review of the export regime", [],
                    P(null, S("The EEAS recalled that the current restrictive measures on seed exports apply until 3 November 2036.", "EEAS"))),
            ],
            [
                new DatedEvent(new DateOnly(2036, 11, 3), null, DatePrecision.Day, EventKind.Event, "Restrictive measures", 3,
                    "The EEAS recalled that the current restrictive measures on seed exports apply until 3 November 2036."),
            ],
            []),
    ], new NoScheduleChanges());

    private string Quoted(string question) => _answerer.Answer(question, Day) switch
    {
        PassagesAnswer p => string.Join(' ', p.Passages.Select(s => s.Text)),
        var other => other.GetType().Name,
    };

    [Fact]
    public void The_next_sentence_saying_what_the_first_lacks_is_quoted_with_it()
    {
        Assert.Contains("30 days", Quoted("what storage period can cion accept"));
    }

    [Fact]
    public void Sanctions_are_restrictive_measures()
    {
        Assert.Contains("3 November 2036", Quoted("when do the seed export sanctions expire?"));
    }
}
