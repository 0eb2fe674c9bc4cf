using System.Globalization;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Bot.Replies;
using WorkingParty.Cards;
using WorkingParty.Cards.Views;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Revisions;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>
/// Tells each delegate who commented on a deadline that a revision of the minutes moved, in their personal chat, the
/// new due date; their comments stay attached to it. A delegate the bot has no chat with, or a failed send, is logged.
/// </summary>
public sealed class MovedDeadlineNotifier(
    CommentService comments, ConversationRegistry conversations, ProactiveMessenger messenger, ReplyBuilder replies, ILogger<MovedDeadlineNotifier> logger)
{
    public async Task TellAuthorsAsync(Meeting revised, IEnumerable<MovedDeadline> moved, CancellationToken cancellationToken)
    {
        foreach (var deadline in moved.Where(m => m.Date != m.EarlierDate))
        {
            var written = await comments.ListForDeadlineAsync($"{revised.Id}/{deadline.EarlierLocalId}", cancellationToken);
            var notice = replies.Build(new NoticeView("A deadline you commented on has moved",
                $"The revised minutes of the {revised.Body} meeting of {Date(revised.Date)} set the deadline for \u201C{deadline.Subject}\u201D " +
                $"on {Date(deadline.Date)}, not {Date(deadline.EarlierDate)}. Your comments on it are kept.", IsProblem: false));
            foreach (var author in written.Select(c => c.Value.Author).DistinctBy(a => a.UserId))
            {
                await TellAsync(author, notice, cancellationToken);
            }
        }
    }

    private async Task TellAsync(CommentAuthor author, Reply notice, CancellationToken cancellationToken)
    {
        try
        {
            var chat = await conversations.ListAsync(cancellationToken)
                .FirstOrDefaultAsync(c => c.Scope == ConversationScope.Personal && c.UserId == author.UserId, cancellationToken);
            if (chat is null)
            {
                logger.LogInformation("No personal chat with {Author} to tell that a deadline they commented on moved", author.DisplayName);
                return;
            }

            await messenger.ContinueAsync(chat.Reference, async (turnContext, token) =>
                await turnContext.SendActivityAsync(CardReply.From(notice), token), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not tell {Author} that a deadline they commented on moved", author.DisplayName);
        }
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
