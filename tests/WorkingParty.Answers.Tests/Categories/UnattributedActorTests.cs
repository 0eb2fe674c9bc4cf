using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A delegation the minutes name in a clause the reader did not credit to it ("..., while Lithuania stressed ..."):
/// asked for its position, the answer quotes the sentence that names it, the words asking for a position not searched.
/// </summary>
public class UnattributedActorTests
{
    private static readonly DateOnly Day = new(2031, 6, 12);

    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("dues-2031-06-03", "Working Party on Harbour Dues", new DateOnly(2031, 6, 3), false, "Outcome of proceedings", "dues-2031-06.txt",
            [
                Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
                Item(2, "Levy on pleasure craft", [],
                    P(null, S("The Danish delegation supported the levy, while Lithuania stressed the burden on small marinas.", "DK"))),
            ],
            [],
            []),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("what did lithuania say")]
    [InlineData("what was lithuania's position")]
    [InlineData("LT view?")]
    public void The_sentence_that_names_the_delegation_is_quoted(string question)
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer(question, Day));
        Assert.Contains("Lithuania stressed", answer.Passages[0].Text);
    }
}
