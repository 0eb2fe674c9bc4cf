namespace WorkingParty.Bot.Features.Questions;

/// <summary>What the bot can do: for "help" and its like, an empty message, and the "What can I ask?" button.</summary>
public sealed class HelpFeature(ReplyBuilder replies) : ICommandHandler, IButtonHandler<ShowHelp>
{
    public static CommandPattern Words { get; } =
        CommandPattern.Phrases("", "help", "?", "hi", "hello", "start", "menu", "what can you do", "what can you do?");

    public Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(CardReply.From(replies.Build(new HelpView())), cancellationToken);

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, ShowHelp action, CancellationToken cancellationToken) =>
        Task.FromResult(replies.NewMessage(new HelpView()));
}
