using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Cli;

/// <summary>Runs one turn of the bot in this process and keeps what the bot sends back.</summary>
public sealed class InProcessAdapter : BotAdapter
{
    private readonly List<Activity> _replies = [];

    public InProcessAdapter(TimeProvider time, ILogger<InProcessAdapter> logger) => BotPipeline.Apply(this, time, logger);

    public IReadOnlyList<Activity> Replies => _replies;

    public async Task RunTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var turn = new TurnContext(this, activity);
        await RunPipelineAsync(turn, bot.OnTurnAsync, cancellationToken);
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        _replies.AddRange(activities.Where(activity => activity.Type != ActivityTypes.Typing));
        return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("n"))).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        _replies.Add(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
