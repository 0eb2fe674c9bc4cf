using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using WorkingParty.Bot.Replies;
using WorkingParty.Cards;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.Views;

namespace WorkingParty.Bot.Bots;

/// <summary>
/// The Teams entry point: sorts each activity (message, card button, installation) and hands it to
/// the feature that deals with it. It holds no feature logic of its own.
/// </summary>
public sealed class WorkingPartyBot(
    ReplyBuilder replies,
    IEnumerable<IMessageHandler> messageHandlers,
    IEnumerable<ICardActionHandler> cardActionHandlers,
    IQuestionHandler questions) : TeamsActivityHandler
{
    private const string UnknownActionTitle = "That button is not one I know";
    private const string UnknownActionMessage = "It may belong to an older version of a card. Type help to see what I can do.";

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Value is not null)
        {
            await OnCardSubmitAsync(turnContext, cancellationToken);
            return;
        }

        var text = MessageText.Of(turnContext.Activity);
        if (messageHandlers.FirstOrDefault(handler => handler.Handles(turnContext.Activity, text)) is { } handler)
        {
            await handler.HandleAsync(turnContext, text, cancellationToken);
        }
        else if (text.Length == 0 || Commands.IsHelp(text))
        {
            await turnContext.SendActivityAsync(CardReply.From(replies.Build(new HelpView())), cancellationToken);
        }
        else
        {
            await questions.AnswerAsync(turnContext, text, cancellationToken);
        }
    }

    /// <summary>Universal Actions (Action.Execute): the card is answered in place through the invoke response.</summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var result = await HandleCardActionAsync(turnContext, JsonConvert.SerializeObject(turnContext.Activity.Value), cancellationToken);
        if (!result.ReplacesCard)
        {
            await turnContext.SendActivityAsync(CardReply.From(result.Reply), cancellationToken);
        }

        return new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = result.ReplacesCard ? CardReply.ContentType : "application/vnd.microsoft.activity.message",
            Value = result.ReplacesCard ? CardReply.Attachment(result.Reply.Card).Content : "See the reply below.",
        };
    }

    /// <summary>Action.Submit, for clients without Universal Actions: the clicked card is updated, or a reply sent.</summary>
    private async Task OnCardSubmitAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var result = await HandleCardActionAsync(turnContext, JsonConvert.SerializeObject(turnContext.Activity.Value), cancellationToken);
        var reply = CardReply.From(result.Reply);
        if (result.ReplacesCard && turnContext.Activity.ReplyToId is { } clickedCard)
        {
            reply.Id = clickedCard;
            await turnContext.UpdateActivityAsync(reply, cancellationToken);
        }
        else
        {
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }

    private async Task<CardActionResult> HandleCardActionAsync(ITurnContext turnContext, string value, CancellationToken cancellationToken)
    {
        if (CardActionData.TryParse(value, out var action)
            && cardActionHandlers.FirstOrDefault(handler => handler.Handles(action.Verb)) is { } handler)
        {
            return await handler.HandleAsync(turnContext, action, cancellationToken);
        }

        return new CardActionResult(replies.Build(new NoticeView(UnknownActionTitle, UnknownActionMessage)), ReplacesCard: false);
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Welcome(), cancellationToken);

    /// <summary>
    /// Teams announces an installation twice, as installationUpdate and as the bot joining the conversation;
    /// the welcome answers the first. Members joining need nothing, so the SDK's roster look-up for each of
    /// them is skipped.
    /// </summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    private IMessageActivity Welcome() => CardReply.From(replies.Build(new WelcomeView()));
}
