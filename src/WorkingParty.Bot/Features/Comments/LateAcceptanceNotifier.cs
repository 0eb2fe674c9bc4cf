using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// Tells a delegate, in their personal chat with the bot, that the secretariat accepted their late comment (its receipt,
/// with a notice). The acceptance stands whatever happens to the message (<see cref="PersonalChatMessenger"/>).
/// </summary>
public sealed class LateAcceptanceNotifier(PersonalChatMessenger messenger, CommentViews views, ReplyBuilder replies)
{
    private const string Notice = "The secretariat accepted this comment although it came after the deadline. It is in the compilation, marked late.";

    public async Task TellAuthorAsync(Comment comment, CancellationToken cancellationToken)
    {
        var receipt = replies.Build(await views.ReceiptAsync(comment, CommentState.Received, Notice, cancellationToken));
        await messenger.TellAsync(comment.Author.UserId, comment.Author.DisplayName, receipt, $"that comment {comment.Id} was accepted late", cancellationToken);
    }
}
