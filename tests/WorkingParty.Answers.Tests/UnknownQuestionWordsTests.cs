using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.SampleMeetings;

namespace WorkingParty.Answers.Tests;

/// <summary>
/// A question holding as many words the minutes use as words they never use (a short name they spell out, a word of the
/// question's own) is answered from the sentences holding the words they use; one most of whose words they never use is
/// not.
/// </summary>
public class UnknownQuestionWordsTests
{
    private static readonly DateOnly Today = new(2022, 3, 30);

    private readonly QuestionAnswerer _answerer = new([Tourism()], new NoScheduleChanges());

    [Theory]
    [InlineData("where is the TTP hosted?", "The secretariat of the pathway would be hosted by the Commission in Luxembourg.")]
    [InlineData("which meetings got cancelled?", "The meeting of 22 March 2022 was cancelled.")]
    [InlineData("anything on STR rentals?", "The Netherlands asked for a stronger reference to short-term rentals.")]
    public void A_word_the_minutes_never_use_does_not_sink_the_one_they_do(string question, string sentence)
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer(question, Today));
        Assert.Contains(answer.Passages, p => p.Text == sentence);
    }

    [Theory]
    [InlineData("what is the tourism football score?")]
    [InlineData("what about the football?")]
    public void A_question_most_of_whose_words_the_minutes_never_use_is_not_found(string question) =>
        Assert.IsType<NotFoundAnswer>(_answerer.Answer(question, Today));

    private static Meeting Tourism() => new(
        "tourism-2022-03-08", "Working Party on Tourism", new DateOnly(2022, 3, 8), false, "Outcome of proceedings", "tourism-2022-03.txt",
        [
            Item(1, "Adoption of the agenda", [], [],
                S("The agenda was adopted as set out in CM 1790/22.")),
            Item(2, "Transition pathway for tourism", [], ["6612/22"],
                S("The Presidency presented the draft conclusions on the transition pathway (doc. 6612/22).", "Presidency"),
                S("The secretariat of the pathway would be hosted by the Commission in Luxembourg."),
                S("The Netherlands asked for a stronger reference to short-term rentals.", "NL")),
            Item(3, "Any other business", [], [],
                S("The meeting of 22 March 2022 was cancelled.")),
        ],
        [], []);
}
