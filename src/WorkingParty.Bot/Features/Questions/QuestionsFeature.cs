using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using WorkingParty.Answers.Model;
using WorkingParty.Bot.Bots;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Hosting;
using WorkingParty.Bot.Replies;
using WorkingParty.Cards;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.Views;

namespace WorkingParty.Bot.Features.Questions;

/// <summary>
/// Questions about the minutes, typed or sent by a card button (an agenda item, a suggestion,
/// "show more", help): answered from the catalog and shown as the answer's card.
/// </summary>
public sealed class QuestionsFeature(MinutesCatalog catalog, WorkingPartyCalendar calendar, ReplyBuilder replies, RecentReplies recentReplies)
    : IQuestionHandler, ICardActionHandler
{
    private const string NoSuchItemTitle = "That item is no longer in the minutes";
    private const string NoSuchItemMessage = "The minutes it came from were replaced or removed. Ask for the agenda to see the current items.";

    public async Task AnswerAsync(ITurnContext<IMessageActivity> turnContext, string question, CancellationToken cancellationToken)
    {
        var answerer = await catalog.GetAnswererAsync(cancellationToken);
        var today = calendar.Today;
        var reply = recentReplies.GetOrRender(question, today, answerer.Edition,
            () => RenderedReply.Of(replies.Build(answerer.Answer(question, today), question)));
        await turnContext.SendActivityAsync(reply.ToActivity(), cancellationToken);
    }

    public bool Handles(string verb) => verb is CardVerbs.OpenItem or CardVerbs.Ask or CardVerbs.ShowMore or CardVerbs.Help;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionData action, CancellationToken cancellationToken)
    {
        var answerer = await catalog.GetAnswererAsync(cancellationToken);
        switch (action.Verb)
        {
            case CardVerbs.Help:
                return new CardActionResult(replies.Build(new HelpView()), ReplacesCard: false);
            case CardVerbs.OpenItem:
                return answerer.OpenItem(action.MeetingId!, action.Item!.Value) is { } item
                    ? Result(item, question: null, offset: 0)
                    : new CardActionResult(replies.Build(new NoticeView(NoSuchItemTitle, NoSuchItemMessage)), ReplacesCard: false);
            default:
                var question = action.Question!;
                return Result(answerer.Answer(question, calendar.Today), question, action.Offset ?? 0);
        }
    }

    private CardActionResult Result(Answer answer, string? question, int offset) =>
        new(replies.Build(answer, question, offset), ReplacesCard: false);
}
