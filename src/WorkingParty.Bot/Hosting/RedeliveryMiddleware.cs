namespace WorkingParty.Bot.Hosting;

/// <summary>
/// One effect per message: a message activity Teams delivers again (same conversation, same activity id: it does so when
/// it thinks the first delivery failed, often while the first is still being answered) ends here, unanswered. Invokes
/// always run, because Teams waits for their response; the card actions behind them are idempotent on their own
/// (comment nonces, acknowledgements, publish).
/// </summary>
public sealed class RedeliveryMiddleware(RecentActivities recent, ILogger<RedeliveryMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id)
            || recent.TryTake($"{activity.ChannelId}\u001F{activity.Conversation?.Id}\u001F{activity.Id}"))
        {
            return next(cancellationToken);
        }

        logger.LogInformation("Ignored message {ActivityId} in conversation {ConversationId}: delivered again", activity.Id, activity.Conversation?.Id);
        return Task.CompletedTask;
    }
}
