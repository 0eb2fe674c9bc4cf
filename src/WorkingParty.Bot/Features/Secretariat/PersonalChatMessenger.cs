using WorkingParty.Announcements.Conversations;

namespace WorkingParty.Bot.Features.Secretariat;

/// <summary>
/// Tells a user something done elsewhere (by the secretariat, or a revision of the minutes), as a card in their personal
/// chat with the bot. What was done stands whatever happens here: a user the bot has no personal chat with, or a failed
/// send, is only logged.
/// </summary>
public sealed class PersonalChatMessenger(ConversationRegistry conversations, ProactiveMessenger messenger, ILogger<PersonalChatMessenger> logger)
{
    /// <param name="what">What the user is told, for the log: "that comment 12 was accepted late".</param>
    public async Task TellAsync(string userId, string displayName, Reply reply, string what, CancellationToken cancellationToken)
    {
        try
        {
            var chat = await conversations.ListAsync(cancellationToken)
                .FirstOrDefaultAsync(c => c.Scope == ConversationScope.Personal && c.UserId == userId, cancellationToken);
            if (chat is null)
            {
                logger.LogInformation("No personal chat with {User} to tell {What}", displayName, what);
                return;
            }

            await messenger.ContinueAsync(chat.Reference, async (turnContext, token) =>
                await turnContext.SendActivityAsync(CardReply.From(reply), token), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not tell {User} {What}", displayName, what);
        }
    }
}
