using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Answers.Tests.Evaluation;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Asked when another body or event the minutes mention meets next ("the next JEC meeting"), the answer is what the
/// minutes say of it, never the date of our own next meeting.
/// </summary>
public class OtherBodysNextMeetingTests
{
    private const string Text =
        "Brussels, 20 March 2037\nOUTCOME OF PROCEEDINGS\nOn: 12 March 2037\nTo: Working Party on Lagoons\nSubject: Summary of discussions\n\n"
        + "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n"
        + "2. Lagoon water quality\n\nThe Commission presented its report on lagoon water quality.\n\n"
        + "3. Joint Estuaries Council (JEC)\n\nThe Presidency informed delegations that the next JEC meeting was planned for the autumn of 2037.\n\n"
        + "4. AOB\n\nThe next meeting of the Working Party will take place on 14 May 2037.";

    private static readonly QuestionAnswerer Answerer = new([InventedMinutes.Read(Text, "lagoons-2037-03.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("when exactly is the next JEC meeting")]
    [InlineData("when is the next JEC meeting?")]
    [InlineData("when will the Joint Estuaries Council meet next?")]
    public void Asked_when_another_body_meets_next_our_own_next_meeting_is_no_answer(string question)
    {
        var shown = ShownFacts.Of(Answerer.Answer(question, new DateOnly(2037, 3, 25)));

        Assert.DoesNotContain(shown.AssertedDates, d => d.Date == new DateOnly(2037, 5, 14));
        Assert.Contains(shown.Quoted, q => q.Contains("autumn of 2037", StringComparison.Ordinal));
    }

    [Fact]
    public void Asked_when_we_meet_next_our_next_meeting_answers()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(Answerer.Answer("when is the next meeting?", new DateOnly(2037, 3, 25)));

        Assert.Contains(answer.Dates, d => d.Date == new DateOnly(2037, 5, 14));
    }
}
