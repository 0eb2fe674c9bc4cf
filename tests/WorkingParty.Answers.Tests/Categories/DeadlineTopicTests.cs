using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.NicknameMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Deadlines and topics asked by a short name the minutes never write (initials of words they write in full, a short
/// name glued to a number) or with words they never use: the nearest deadline is offered with its sentence, never as
/// a plain date.
/// </summary>
public class DeadlineTopicTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Fact]
    public void Initials_of_words_the_minutes_write_in_full_name_them()
    {
        var answer = Ask<DeadlinesAnswer>("deadline for comments on the PRM text?");
        var deadline = Assert.Single(answer.Deadlines);
        Assert.Equal(new DateOnly(2031, 4, 4), deadline.Date);
        Assert.True(deadline.IsCertain);
    }

    [Fact]
    public void A_word_the_minutes_never_use_gives_the_nearest_deadline_with_its_sentence()
    {
        var deadline = Assert.Single(Ask<DeadlinesAnswer>("when are the zorblat answers to the potato questionnaire due?").Deadlines);
        Assert.Equal(new DateOnly(2031, 4, 11), deadline.Date);
        Assert.False(deadline.IsCertain);
        Assert.Contains("seed potato certification by 11 April 2031", deadline.Doubt!.Sentence);
    }

    [Fact]
    public void A_deadline_holding_only_part_of_the_topic_is_never_a_plain_date()
    {
        var answer = _answerer.Answer("deadline for the zorblat plant varieties tuber survey?", Today);
        Assert.All((answer as DeadlinesAnswer)?.Deadlines ?? [], d => Assert.False(d.IsCertain));
    }

    [Fact]
    public void A_short_name_glued_to_a_number_is_the_name_and_the_number()
    {
        var answer = _answerer.Answer("what was said about the STA12 congress?", Today);
        var text = answer switch
        {
            PassagesAnswer passages => string.Join(' ', passages.Passages.Select(p => p.Text)),
            AgendaItemAnswer item => string.Join(' ', item.Said.Select(s => s.Text)),
            _ => "",
        };
        Assert.Contains("12th congress of the seed testing association", text);
    }
}
