using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>Whether a meeting held was formal is how it was held: told by the sentence that calls it informal.</summary>
public class FormalMeetingTests
{
    private const string Informal = "The Chair recalled that, in view of the informal nature of the meeting, no decisions could be taken.";

    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("salt-2039-02-08", "Working Party on Salt Production", new DateOnly(2039, 2, 8), false, "Outcome of proceedings", "salt-2039-02.txt",
        [
            Item(1, "Introduction by the Chair", [], P(null, S(Informal, "Presidency"))),
            Item(2, "Sea salt labelling", [], P(null, S("FR and PT presented a joint non-paper on sea salt labelling.", "FR", "PT"))),
        ], [], []),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("was it a formal meeting?")]
    [InlineData("was it a formal meeting? any decisions taken?")]
    public void Whether_the_meeting_was_formal_is_told_by_its_sentence(string question)
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer(question, new DateOnly(2039, 2, 20)));
        Assert.Contains(Informal, answer.Passages.Select(p => p.Text));
    }
}
