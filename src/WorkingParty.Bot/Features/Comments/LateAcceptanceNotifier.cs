using WorkingParty.Announcements.Conversations;
using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Bot.Replies;
using WorkingParty.Cards;
using WorkingParty.Cards.Views;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// Tells a delegate, in their personal chat with the bot, that the secretariat accepted their late comment. The
/// acceptance stands whatever happens here: a delegate the bot has no chat with, or a failed send, is only logged.
/// </summary>
public sealed class LateAcceptanceNotifier(
    ConversationRegistry conversations, ProactiveMessenger messenger, CommentViews views, ReplyBuilder replies, ILogger<LateAcceptanceNotifier> logger)
{
    private const string Notice = "The secretariat accepted this comment although it came after the deadline. It is in the compilation, marked late.";

    public async Task TellAuthorAsync(Comment comment, CancellationToken cancellationToken)
    {
        try
        {
            var chat = await conversations.ListAsync(cancellationToken)
                .FirstOrDefaultAsync(c => c.Scope == ConversationScope.Personal && c.UserId == comment.Author.UserId, cancellationToken);
            if (chat is null)
            {
                logger.LogInformation("No personal chat with {Author} to tell that comment {CommentId} was accepted late", comment.Author.DisplayName, comment.Id);
                return;
            }

            var receipt = replies.Build(await views.ReceiptAsync(comment, CommentState.Received, Notice, cancellationToken));
            await messenger.ContinueAsync(chat.Reference, async (turnContext, token) =>
                await turnContext.SendActivityAsync(CardReply.From(receipt), token), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not tell {Author} that comment {CommentId} was accepted late", comment.Author.DisplayName, comment.Id);
        }
    }
}
