using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.NicknameMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A working party named the way delegates say it (clipped and glued words, initials of part of its name, a header
/// code, a file name, a video meeting) is the working party, not a topic that turns a meeting question into a search.
/// </summary>
public class NicknameTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("next plantvar WP meeting?")]
    [InlineData("when is the next SM WP?")]
    [InlineData("next PV group meeting")]
    [InlineData("when does the AGRILEG group meet next?")]
    [InlineData("next agrileg vtc?")]
    public void Seed_working_party_by_a_nickname(string question)
    {
        var answer = Ask<NextMeetingsAnswer>(question);
        Assert.Equal([Seeds], answer.Scope);
        Assert.Equal([new DateOnly(2031, 4, 16)], answer.Dates.Select(d => d.Date));
    }

    [Theory]
    [InlineData("next rural dev WP?")]
    [InlineData("when is the next RD videoconf?")]
    [InlineData("next rurdev meeting")]
    public void Rural_working_party_by_a_nickname(string question)
    {
        var answer = Ask<NextMeetingsAnswer>(question);
        Assert.Equal([Rural], answer.Scope);
        Assert.Equal([new DateOnly(2031, 4, 9)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void A_word_no_minutes_use_beside_a_working_party_does_not_stop_a_meeting_question()
    {
        var single = new QuestionAnswerer([SeedsMarch()], new NoScheduleChanges());
        var answer = Assert.IsType<NextMeetingsAnswer>(single.Answer("when is the next zorblat WP meeting?", Today));
        Assert.Equal([new DateOnly(2031, 4, 16)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void A_word_no_minutes_use_without_a_working_party_is_still_a_topic() =>
        Assert.IsNotType<NextMeetingsAnswer>(_answerer.Answer("when is the next zorblat31 session?", Today));

    [Fact]
    public void A_topic_the_minutes_hold_still_makes_a_meeting_question_a_topic_one() =>
        Assert.IsNotType<NextMeetingsAnswer>(_answerer.Answer("next meeting on seed potato certification?", Today));
    [Theory]
    [InlineData("next forêt WP meeting?")]
    [InlineData("next foret WP meeting?")]
    [InlineData("when does the SYLVÍ group meet next?")]
    public void An_accented_nickname_of_a_file_name_or_code_names_the_working_party(string question)
    {
        var accented = RuralMarch() with { SourceFile = "forêt-rurale-2031-03.txt" };
        accented = accented with { Header = accented.Header with { Codes = ["SYLVÍ 7"] } };
        var answerer = new QuestionAnswerer([SeedsMarch(), accented], new NoScheduleChanges());
        var answer = Assert.IsType<NextMeetingsAnswer>(answerer.Answer(question, Today));
        Assert.Equal([Rural], answer.Scope);
        Assert.Equal([new DateOnly(2031, 4, 9)], answer.Dates.Select(d => d.Date));
    }
    [Fact]
    public void Question_words_lose_their_diacritics_under_invariant_globalisation() =>
        Assert.Equal(["foret", "sodertalje", "strasse"], Understanding.Words.Split("Forêt Södertälje Straße").Select(w => w.Lower));
}
