namespace WorkingParty.Bot.Features.MinutesList;

/// <summary>"minutes": the secretariat's list of stored minutes, with Withdraw and Restore.</summary>
public sealed class MinutesListCommand(StoredMinutesViews views, ReplyBuilder replies) : ICommandHandler
{
    public static CommandPattern Pattern { get; } = CommandPattern.Phrases("minutes", "stored minutes", "list minutes");

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(CardReply.From(replies.Build(await views.ListAsync(0, null, cancellationToken))), cancellationToken);
}
