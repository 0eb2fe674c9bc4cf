using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
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
    private static readonly HashSet<string> TrackedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
        ActivityTypes.Invoke, ActivityTypes.MessageReaction,
    };

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (IsTracked(activity))
        {
            await TrackAsync(activity, cancellationToken);
        }

        await next(cancellationToken);
    }

    private async Task TrackAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            if (BotLeft(activity))
            {
                var record = RecordOf(activity, null);
                if (await registry.ForgetAsync(record.ConversationId, cancellationToken))
                {
                    logger.LogInformation("Forgot conversation {ConversationId}: the bot was removed", record.ConversationId);
                }

                return;
            }

            var personal = ScopeOf(activity.Conversation.ConversationType) == ConversationScope.Personal;
            var delegation = personal ? await delegations.DelegationOfAsync(activity.From?.AadObjectId, cancellationToken) : null;
            await registry.RememberAsync(RecordOf(activity, delegation), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not update the conversation registry for {ConversationId}", activity.Conversation?.Id);
        }
    }

    /// <summary>Whether the turn came from a person or Teams (not a proactive continuation the bot started itself).</summary>
    private static bool IsTracked(Activity activity) =>
        TrackedTypes.Contains(activity.Type ?? "") && activity.Conversation?.Id is { Length: > 0 } && !string.IsNullOrEmpty(activity.ServiceUrl);

    /// <summary>The bot was uninstalled from this conversation, or removed from its team or chat.</summary>
    private static bool BotLeft(Activity activity) => activity.Type == ActivityTypes.InstallationUpdate
        ? activity.Action == "remove"
        : activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Any(member => member.Id == activity.Recipient?.Id) == true;

    /// <summary>
    /// The conversation as the registry stores it. A channel message arrives in a thread (<c>;messageid=</c>); the
    /// reference names the channel itself, so that announcements start new posts. The reference leaves out what changes
    /// from turn to turn (the activity id, and who spoke in a shared conversation), so an unchanged conversation costs no write.
    /// </summary>
    private static ConversationRecord RecordOf(Activity activity, string? delegation)
    {
        var scope = ScopeOf(activity.Conversation.ConversationType);
        var reference = activity.GetConversationReference();
        var conversationId = ChannelOf(activity) ?? activity.Conversation.Id;
        reference.Conversation = new ConversationAccount(activity.Conversation.IsGroup, activity.Conversation.ConversationType,
            conversationId, tenantId: activity.Conversation.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id);
        reference.ActivityId = null;
        var personal = scope == ConversationScope.Personal;
        if (!personal)
        {
            reference.User = null;
        }

        return new ConversationRecord(conversationId, scope, reference.Conversation.TenantId, JsonConvert.SerializeObject(reference),
            personal ? activity.From?.AadObjectId : null, personal ? activity.From?.Name : null, personal ? delegation : null);
    }

    private static ConversationScope ScopeOf(string? conversationType) => conversationType switch
    {
        "channel" => ConversationScope.Channel,
        "groupChat" => ConversationScope.GroupChat,
        _ => ConversationScope.Personal,
    };

    private static string? ChannelOf(Activity activity)
    {
        if (activity.Conversation.ConversationType != "channel")
        {
            return null;
        }

        var id = activity.Conversation.Id;
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread >= 0 ? id[..thread] : id;
    }
}
