using WorkingParty.Answers.Schedule;
using WorkingParty.Answers.Tests.Evaluation;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>A number the question writes in digits is the minutes' number word: "the 3 column" is the three-column table.</summary>
public class NumberWordTests
{
    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("salt-2039-02-08", "Working Party on Salt Production", new DateOnly(2039, 2, 8), false, "Outcome of proceedings", "salt-2039-02.txt",
        [
            Item(1, "Adoption of the agenda", ["CM 1120/39"], P(null, S("The agenda was adopted as set out in CM 1120/39."))),
            Item(2, "Sea salt labelling", ["6123/39", "6188/39"],
                P(null, S("The Presidency presented the three-column table (doc. 6123/39) and its note on the labelling rules (doc. 6188/39).", "Presidency"))),
        ], [], []),
    ], new NoScheduleChanges());

    [Fact]
    public void A_number_in_digits_finds_the_minutes_number_word()
    {
        var shown = ShownFacts.Of(_answerer.Answer("which doc was the 3 column", new DateOnly(2039, 2, 20)));
        Assert.Contains(shown.Asserted.Concat(shown.Quoted), t => t.Contains("6123/39", StringComparison.Ordinal));
    }
}
