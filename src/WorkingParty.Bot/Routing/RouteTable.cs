namespace WorkingParty.Bot.Routing;

/// <summary>
/// Every card verb and typed command the bot answers, each with its handler and who may use it. Features add theirs at
/// start (<see cref="RouteRegistration.AddRoutes"/>). A verb or a command claimed twice stops the start, naming both
/// handlers, so what answers a message never depends on the order features register in. A message no command takes
/// is a question.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<Type, ButtonRoute> _buttons = [];
    private readonly List<CommandRoute> _commands = [];

    public IReadOnlyCollection<ButtonRoute> Buttons => _buttons.Values;

    public IReadOnlyList<CommandRoute> Commands => _commands;

    public RouteTable Button<TAction, THandler>(UsableBy? usableBy = null)
        where TAction : ButtonData
        where THandler : class, IButtonHandler<TAction>
    {
        var route = new ButtonRoute(typeof(TAction), typeof(THandler), usableBy ?? UsableBy.Everyone,
            (services, turnContext, action, cancellationToken) =>
                services.GetRequiredService<THandler>().HandleAsync(turnContext, (TAction)action, cancellationToken));
        if (!_buttons.TryAdd(typeof(TAction), route))
        {
            throw new InvalidOperationException(
                $"The card verb '{ButtonData.VerbOf<TAction>()}' is claimed by both {_buttons[typeof(TAction)].Handler.Name} and {typeof(THandler).Name}.");
        }

        return this;
    }

    public RouteTable Command<THandler>(CommandPattern pattern, UsableBy? usableBy = null) where THandler : class, ICommandHandler
    {
        foreach (var other in _commands)
        {
            if (pattern.SharedExample(other.Pattern) is { } shared)
            {
                throw new InvalidOperationException($"The command \u201C{shared}\u201D is claimed by both {other.Handler.Name} and {typeof(THandler).Name}.");
            }
        }

        // Commands that take files go first: a message carrying a file is read by its file, not its text.
        _commands.Insert(pattern.TakesFiles ? 0 : _commands.Count, new CommandRoute(pattern, typeof(THandler), usableBy ?? UsableBy.Everyone));
        return this;
    }

    public ButtonRoute? For(ButtonData action) => _buttons.GetValueOrDefault(action.GetType());

    /// <summary>The command a message is, if any: files are looked at first, then the text.</summary>
    public (CommandRoute Route, CommandMatch Match)? For(IMessageActivity message, string text)
    {
        foreach (var route in _commands)
        {
            if (route.Pattern.Match(message, text) is { } match)
            {
                return (route, match);
            }
        }

        return null;
    }
}

/// <summary>A card verb, the handler it goes to, and who may press it.</summary>
public sealed record ButtonRoute(
    Type Action, Type Handler, UsableBy UsableBy, Func<IServiceProvider, ITurnContext, ButtonData, CancellationToken, Task<ButtonResult>> CallHandler)
{
    /// <summary>The handler's result, or the refusal when the sender may not use the route (nothing is done then).</summary>
    public async Task<ButtonResult> HandleAsync(IServiceProvider services, ITurnContext turnContext, ButtonData action, CancellationToken cancellationToken) =>
        UsableBy.SecretariatTask is { } task && await services.GetRequiredService<SecretariatGate>().RefusalAsync(turnContext, task, cancellationToken) is { } refusal
            ? new ButtonResult(refusal, ReplacesCard: false)
            : await CallHandler(services, turnContext, action, cancellationToken);
}

/// <summary>A typed command (or a file sent), the handler it goes to, and who may use it.</summary>
public sealed record CommandRoute(CommandPattern Pattern, Type Handler, UsableBy UsableBy)
{
    /// <summary>Runs the handler, or sends the refusal when the sender may not use the route (nothing is done then).</summary>
    public async Task HandleAsync(IServiceProvider services, ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken)
    {
        if (UsableBy.SecretariatTask is { } task && await services.GetRequiredService<SecretariatGate>().RefusalAsync(turnContext, task, cancellationToken) is { } refusal)
        {
            await turnContext.SendActivityAsync(CardReply.From(refusal), cancellationToken);
            return;
        }

        await ((ICommandHandler)services.GetRequiredService(Handler)).HandleAsync(turnContext, command, cancellationToken);
    }
}
