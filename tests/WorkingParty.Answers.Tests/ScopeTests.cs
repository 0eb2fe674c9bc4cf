using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.TwoWorkingParties;

namespace WorkingParty.Answers.Tests;

/// <summary>A store of several working parties answers for the one a question names, however it names it, and says which.</summary>
public class ScopeTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    [Theory]
    [InlineData("TWP")]
    [InlineData("the terrorism working party")]
    [InlineData("the Terrorism Working Party")]
    [InlineData("the terrorism WP")]
    public void A_working_party_by_its_initials_words_or_name(string name)
    {
        var answer = Assert.IsType<AgendaAnswer>(_answerer.Answer($"agenda of the last meeting of {name}", Today));
        Assert.Equal(Terrorism, answer.Body);
        Assert.Equal([Terrorism], answer.Scope);
    }

    [Theory]
    [InlineData("when is the next meeting of the WPI?")]
    [InlineData("what deadlines are open in the WPI?")]
    [InlineData("what did Belgium say in the WPI?")]
    [InlineData("WPI agenda")]
    [InlineData("which minutes do you have of the WPI?")]
    [InlineData("when did the WPI last meet?")]
    [InlineData("what did the WPI say about the compromise?")]
    [InlineData("what did the WPI say about the football match?")]
    public void Every_kind_of_answer_names_the_working_party_asked_about(string question)
    {
        Assert.Equal([Information], _answerer.Answer(question, Today).Scope);
    }

    [Fact]
    public void The_initials_of_any_name_are_a_short_name_for_it()
    {
        var answer = new QuestionAnswerer([SampleMeetings.March2017() with { Body = "Working Party on Information Technology" }], new NoScheduleChanges());
        Assert.Empty(answer.Answer("when is the next meeting?", new DateOnly(2017, 3, 25)).Scope);
        Assert.Equal(["Working Party on Information Technology"], answer.Answer("when is the next WPIT meeting?", new DateOnly(2017, 3, 25)).Scope);
    }
}
