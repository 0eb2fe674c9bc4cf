using Microsoft.Extensions.Configuration;
using WorkingParty.Answers;
using WorkingParty.Answers.Schedule;
using WorkingParty.Bot.Features.Questions;
using WorkingParty.Bot.Replies;

namespace WorkingParty.Bot.Tests.Questions;

public sealed class RecentRepliesTests
{
    private static readonly DateOnly Today = new(2017, 3, 25);
    private readonly QuestionAnswerer _answerer = new([], new NoScheduleChanges());
    private int _rendered;

    [Fact]
    public void The_same_question_on_the_same_day_and_edition_is_rendered_once()
    {
        using var replies = Replies();

        var first = replies.GetOrRender("when is the next meeting?", Today, _answerer.Edition, Render);
        var again = replies.GetOrRender("when is the next meeting?", Today, _answerer.Edition, Render);

        Assert.Same(first, again);
        Assert.Equal(1, _rendered);
    }

    [Fact]
    public void Another_text_another_day_or_a_new_edition_is_rendered_afresh()
    {
        using var replies = Replies();
        replies.GetOrRender("when is the next meeting?", Today, _answerer.Edition, Render);

        replies.GetOrRender("When is the next meeting?", Today, _answerer.Edition, Render);
        replies.GetOrRender("when is the next meeting?", Today.AddDays(1), _answerer.Edition, Render);
        _answerer.Rebuild([]);
        var afterNewMinutes = replies.GetOrRender("when is the next meeting?", Today, _answerer.Edition, Render);
        var askedAgain = replies.GetOrRender("when is the next meeting?", Today, _answerer.Edition, Render);

        Assert.Equal(4, _rendered);
        Assert.Same(afterNewMinutes, askedAgain);
    }

    [Fact]
    public void Keeping_no_replies_renders_every_question()
    {
        using var replies = Replies(keep: 0);

        replies.GetOrRender("when is the next meeting?", Today, _answerer.Edition, Render);
        replies.GetOrRender("when is the next meeting?", Today, _answerer.Edition, Render);

        Assert.Equal(2, _rendered);
    }

    private static RecentReplies Replies(int keep = RecentReplies.DefaultCapacity) => new(new QuestionsOptions { KeptReplies = keep });

    private CardReply Render() => new("{}", $"reply {++_rendered}");
}
