namespace WorkingParty.Bot.Routing;

/// <summary>A feature's answer to a typed command (or a file sent), which it replies to itself.</summary>
public interface ICommandHandler
{
    Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken);
}
