using WorkingParty.Bot.Hosting.Telemetry;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// What every adapter of this bot runs around a turn (the web adapter and the command line's alike):
/// its span and metrics, a typing indicator when an answer takes a while, text for channels without cards, and a failed turn
/// told to the user with a reference for the logs.
/// </summary>
public static class BotPipeline
{
    private static readonly TimeSpan TypingDelay = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan TypingPeriod = TimeSpan.FromSeconds(2);

    public static void Apply(BotAdapter adapter, TimeProvider time, ILogger logger)
    {
        adapter.Use(new TurnTelemetryMiddleware());
        adapter.Use(new TypingIndicatorMiddleware(TypingDelay, TypingPeriod, time, logger));
        adapter.Use(new TextOnlyChannelsMiddleware());
        adapter.OnTurnError = (turnContext, exception) => TellUserAndLogAsync(turnContext, exception, logger);
    }

    private static async Task TellUserAndLogAsync(ITurnContext turnContext, Exception exception, ILogger logger)
    {
        var reference = Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4).ToLowerInvariant();
        logger.LogError(exception, "Turn failed (reference {Reference}) in conversation {ConversationId}",
            reference, turnContext.Activity.Conversation?.Id);
        try
        {
            await turnContext.SendActivityAsync(
                "Sorry, something went wrong on my side and I could not finish that. " +
                $"If it happens again, give the secretariat this reference: {reference}.");
        }
        catch (Exception sendFailure)
        {
            logger.LogError(sendFailure, "Could not tell the user about failure {Reference}", reference);
        }
    }
}
