using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;

namespace WorkingParty.Bot.Bots;

/// <summary>
/// The Teams entry point: sorts each activity (message, card button, installation), reads a button's data once, and
/// hands it to its route (<see cref="RouteTable"/>); a message no command takes is a question. It holds no feature logic.
/// </summary>
public sealed class WorkingPartyBot(
    RouteTable routes,
    IQuestionHandler questions,
    ReplyBuilder replies,
    IServiceProvider services,
    ILogger<WorkingPartyBot> logger) : TeamsActivityHandler
{
    private static readonly NoticeView UnknownButton = new(
        "That button is not one I know", "It may belong to an older version of a card. Type help to see what I can do.");

    private static readonly NoticeView MalformedButton = new(
        "That button sent something I cannot read", "Nothing was done, and the card is left as it was. Try it again, or type help to see what I can do.");

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Value is not null)
        {
            await OnCardSubmitAsync(turnContext, cancellationToken);
            return;
        }

        var text = MessageText.Of(turnContext.Activity);
        if (routes.For(turnContext.Activity, text) is var (command, match))
        {
            await command.HandleAsync(services, turnContext, match, cancellationToken);
        }
        else
        {
            await questions.AnswerAsync(turnContext, text, cancellationToken);
        }
    }

    /// <summary>Universal Actions (Action.Execute): the card is answered in place through the invoke response.</summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var result = await OnButtonAsync(turnContext, JsonConvert.SerializeObject(turnContext.Activity.Value), cancellationToken);
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
    private async Task OnCardSubmitAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        await DeliverAsync(turnContext, await OnButtonAsync(turnContext, JsonConvert.SerializeObject(turnContext.Activity.Value), cancellationToken), cancellationToken);

    /// <summary>Allow or Decline on one of Teams' file consent cards, routed as a button: the consent card is updated, or a reply sent.</summary>
    protected override async Task<InvokeResponse> OnTeamsFileConsentAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken)
    {
        await DeliverAsync(turnContext, await OnButtonAsync(turnContext, FileConsentAnswer.ToButtonJson(fileConsentCardResponse), cancellationToken), cancellationToken);
        return new InvokeResponse { Status = StatusCodes.Status200OK };
    }

    private static async Task DeliverAsync(ITurnContext turnContext, ButtonResult result, CancellationToken cancellationToken)
    {
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

    /// <summary>A button that cannot be acted on is answered with a new message, so the card it was on keeps what the user typed.</summary>
    private async Task<ButtonResult> OnButtonAsync(ITurnContext turnContext, string valueJson, CancellationToken cancellationToken)
    {
        var read = ButtonData.Read(valueJson);
        if (read is ButtonRead.Understood { Action: var action } && routes.For(action) is { } route)
        {
            return await route.HandleAsync(services, turnContext, action, cancellationToken);
        }

        if (read is ButtonRead.Malformed malformed)
        {
            logger.LogWarning("A '{Verb}' button sent data that cannot be acted on: {Problem}", malformed.Verb, malformed.Problem);
            return replies.NewMessage(MalformedButton);
        }

        logger.LogWarning("A button sent a verb no route takes: {Verb}", (read as ButtonRead.Unknown)?.Verb ?? (read as ButtonRead.Understood)?.Action.Verb);
        return replies.NewMessage(UnknownButton);
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(CardReply.From(replies.Build(new WelcomeView())), cancellationToken);

    /// <summary>
    /// Teams announces an installation twice, as installationUpdate and as the bot joining the conversation;
    /// the welcome answers the first. Members joining need nothing, so the SDK's roster look-up for each of
    /// them is skipped.
    /// </summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
