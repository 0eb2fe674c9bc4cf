using WorkingParty.Announcements.Conversations;

namespace WorkingParty.Bot.Features.Conversations;

/// <summary>
/// Keeps the conversation registry in step with Teams: every conversation the bot is in or spoken to is
/// remembered (a cheap no-op when nothing changed), and forgotten when the bot is uninstalled or removed.
/// A storage failure is logged and never spoils the user's turn.
/// </summary>
public sealed class ConversationTrackingMiddleware(
    ConversationRegistry registry,
    DelegationLookup delegations,
    ILogger<ConversationTrackingMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (TurnConversation.IsTracked(activity))
        {
            await TrackAsync(activity, cancellationToken);
        }

        await next(cancellationToken);
    }

    private async Task TrackAsync(Microsoft.Bot.Schema.Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            if (TurnConversation.BotLeft(activity))
            {
                var record = TurnConversation.RecordOf(activity, null);
                if (await registry.ForgetAsync(record.ConversationId, cancellationToken))
                {
                    logger.LogInformation("Forgot conversation {ConversationId}: the bot was removed", record.ConversationId);
                }

                return;
            }

            var personal = TurnConversation.ScopeOf(activity.Conversation.ConversationType) == ConversationScope.Personal;
            var delegation = personal ? await delegations.DelegationOfAsync(activity.From?.AadObjectId, cancellationToken) : null;
            await registry.RememberAsync(TurnConversation.RecordOf(activity, delegation), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not update the conversation registry for {ConversationId}", activity.Conversation?.Id);
        }
    }
}
