using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Storage.Time;

namespace WorkingParty.Bot.Features.Questions;

/// <summary>
/// Questions about the minutes, typed or sent by a card button (an agenda item, a suggestion, "show more"):
/// answered from the catalog and shown as the answer's card.
/// </summary>
public sealed class QuestionsFeature(MinutesCatalog catalog, TimeProvider time, ReplyBuilder replies, RecentReplies recentReplies)
    : IQuestionHandler, IButtonHandler<OpenItem>, IButtonHandler<Ask>, IButtonHandler<ShowMore>
{
    private static readonly NoticeView NoSuchItem = new(
        "That item is no longer in the minutes", "The minutes it came from were replaced or removed. Ask for the agenda to see the current items.");

    public async Task AnswerAsync(ITurnContext<IMessageActivity> turnContext, string question, CancellationToken cancellationToken)
    {
        var answerer = await catalog.GetAnswererAsync(cancellationToken);
        var today = time.Today();
        var reply = recentReplies.GetOrRender(question, today, answerer.Edition,
            () => CardReply.Of(replies.Build(answerer.Answer(question, today), question)));
        await turnContext.SendActivityAsync(reply.ToActivity(), cancellationToken);
    }

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, OpenItem action, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAnswererAsync(cancellationToken)).OpenItem(action.MeetingId, action.Item);
        return item is null ? replies.NewMessage(NoSuchItem) : replies.NewMessage(item);
    }

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, Ask action, CancellationToken cancellationToken) =>
        AnswerAsync(action.Question, offset: 0, cancellationToken);

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, ShowMore action, CancellationToken cancellationToken) =>
        AnswerAsync(action.Question, action.Offset, cancellationToken);

    private async Task<ButtonResult> AnswerAsync(string question, int offset, CancellationToken cancellationToken)
    {
        var answer = (await catalog.GetAnswererAsync(cancellationToken)).Answer(question, time.Today());
        return replies.NewMessage(answer, question, offset);
    }
}
