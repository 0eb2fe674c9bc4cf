namespace WorkingParty.Bot.Features.Delegations;

/// <summary>"delegations", for the secretariat: the delegation roster, and its next page.</summary>
public sealed class DelegationRosterList(RosterViews views, ReplyBuilder replies) : ICommandHandler, IButtonHandler<ShowDelegationRoster>
{
    public static CommandPattern Pattern { get; } = CommandPattern.Phrases(
        "delegations", "delegation roster", "roster", "show delegations", "show the delegations", "show the delegation roster");

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(CardReply.From(replies.Build(await views.RosterAsync(null, cancellationToken))), cancellationToken);

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, ShowDelegationRoster action, CancellationToken cancellationToken) =>
        replies.NewMessage(await views.RosterAsync(null, cancellationToken), offset: action.Offset);
}
