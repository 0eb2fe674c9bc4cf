using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ElectricityMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>A9: earlier meetings of the body that the minutes mention, never another body's meeting.</summary>
public class EarlierMeetingTests
{
    private readonly QuestionAnswerer _answerer = new([March()], new NoScheduleChanges());

    private PassagesAnswer Ask(string question) => Assert.IsType<PassagesAnswer>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("when did the WP meet before 12 March?")]
    [InlineData("any other meetings in February?")]
    [InlineData("did we meet before the 12 March meeting?")]
    public void An_earlier_meeting_mentioned_is_quoted_and_another_bodys_is_not(string question)
    {
        var answer = Ask(question);
        Assert.Contains("meeting of 25 February", answer.Passages[0].Text);
        Assert.DoesNotContain(answer.Passages, p => p.Text.Contains("Energy Council", StringComparison.Ordinal));
    }
}
