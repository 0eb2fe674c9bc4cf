using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>A word of the minutes written with a hyphen ("co-financing") is found when a question writes it without one.</summary>
public class HyphenDroppedTests
{
    private static readonly DateOnly Day = new(2032, 2, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("locks-2032-02-10", "Working Party on Inland Locks", new DateOnly(2032, 2, 10), false, "Outcome of proceedings", "locks-2032-02.txt",
            [
                Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
                Item(2, "Dredging programme", [],
                    P(null, S("Several delegations questioned the co-financing rate for the dredging works.")),
                    P(null, S("The Presidency will circulate a revised text."))),
                Item(3, "Lock keepers' training", [], P(null, S("The Commission presented its study on training."))),
            ],
            [],
            []),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("what about the cofinancing rate?")]
    [InlineData("who questioned the cofinancing")]
    public void The_word_without_its_hyphen_finds_the_sentence(string question)
    {
        var answer = _answerer.Answer(question, Day);
        var text = answer switch
        {
            PassagesAnswer p => p.Passages[0].Text,
            AgendaItemAnswer a => a.Said[0].Text,
            _ => throw new Xunit.Sdk.XunitException($"answered {answer.GetType().Name}"),
        };
        Assert.Contains("co-financing", text);
    }
}
