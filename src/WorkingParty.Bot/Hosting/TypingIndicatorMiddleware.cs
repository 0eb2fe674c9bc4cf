namespace WorkingParty.Bot.Hosting;

/// <summary>
/// "Typing…" while a message takes a while to answer: the first indicator after <c>delay</c>, then one every
/// <c>period</c>, until the turn sends its first message or ends. It stands in for the SDK's ShowTypingMiddleware,
/// which under load disposes its cancellation source while the turn still uses it and so fails the turn
/// (ObjectDisposedException, seen in the turn benchmark).
/// </summary>
public sealed class TypingIndicatorMiddleware(TimeSpan delay, TimeSpan period, TimeProvider time, ILogger logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        // Not disposed: the send handler below stays on the turn after this middleware returns (the error handler
        // sends through it), and cancelling a disposed source throws. Unlinked and without a timer, it holds nothing.
        var answered = new CancellationTokenSource();
        using var aborted = cancellationToken.Register(answered.Cancel);
        turnContext.OnSendActivities(async (_, activities, sendOn) =>
        {
            if (activities.Any(activity => activity.Type == ActivityTypes.Message))
            {
                await answered.CancelAsync();
            }

            return await sendOn();
        });
        var typing = KeepTypingAsync(turnContext, answered.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await answered.CancelAsync();
            await typing;
        }
    }

    private async Task KeepTypingAsync(ITurnContext turnContext, CancellationToken answered)
    {
        try
        {
            await Task.Delay(delay, time, answered);
            while (!answered.IsCancellationRequested)
            {
                await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), answered);
                await Task.Delay(period, time, answered);
            }
        }
        catch (OperationCanceledException) when (answered.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // An indicator that cannot be sent is no reason to fail the answer behind it.
            logger.LogWarning(exception, "Could not send a typing indicator in conversation {ConversationId}", turnContext.Activity.Conversation?.Id);
        }
    }
}
