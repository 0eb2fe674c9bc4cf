using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// The secretariat's late comments: the list, and "Accept as late", which answers with the same list showing the
/// comment accepted. Accepting twice changes nothing; a comment that was not late, or is not there, gets a notice.
/// </summary>
public sealed class LateComments(
    CommentService comments, MinutesDeadlineCatalog deadlines, CommentViews views, LateAcceptanceNotifier notifier, ReplyBuilder replies)
    : IButtonHandler<ShowLateComments>, IButtonHandler<AcceptLateComment>
{
    /// <summary>"Review late comments" on the export card.</summary>
    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, ShowLateComments action, CancellationToken cancellationToken) =>
        ListAsync(action.DeadlineId, cancellationToken);

    /// <param name="deadlineId">Null for the late comments on every deadline.</param>
    public async Task<ButtonResult> ListAsync(string? deadlineId, CancellationToken cancellationToken)
    {
        if (deadlineId is not null && await deadlines.FindAsync(deadlineId, cancellationToken) is null)
        {
            return replies.NewMessage(new NoticeView("That deadline is not in the minutes",
                $"There is no deadline '{deadlineId}'. Type \u201Clate comments\u201D to see the late comments on every deadline."));
        }

        return await ShowAsync(deadlineId, notice: null, replacesCard: false, cancellationToken);
    }

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, AcceptLateComment action, CancellationToken cancellationToken)
    {
        var current = (await comments.GetAsync(action.DeadlineId, action.CommentId, cancellationToken))?.Value;
        if (current is null || !(current.Late || current.Status == CommentStatus.AwaitingLateAcceptance))
        {
            return replies.NewMessage(new NoticeView("There is no late comment to accept", current is null
                ? $"No comment '{action.CommentId}' was found on the deadline '{action.DeadlineId}'. Type \u201Clate comments\u201D to see the ones waiting."
                : $"Comment {current.Id} was sent before its deadline, so it needs no acceptance."));
        }

        if (await comments.AcceptLateAsync(current.DeadlineId, current.Id, TurnUser.AuthorOf(turnContext), cancellationToken) is not CommentResult.Accepted accepted)
        {
            return replies.NewMessage(new NoticeView("The comment was not accepted", $"Comment {current.Id} could not be accepted; it may have been withdrawn."));
        }

        var who = $"{current.Id} from {current.Delegation} ({current.Author.DisplayName})";
        if (!current.Late)
        {
            await notifier.TellAuthorAsync(accepted.Comment, cancellationToken);
        }

        var notice = current.Late
            ? $"{who} was already accepted as late; nothing changed."
            : $"Accepted {who} as late: it is now in the compilation, marked late.";
        return await ShowAsync(action.AllDeadlines == true ? null : current.DeadlineId, notice, replacesCard: true, cancellationToken);
    }

    private async Task<ButtonResult> ShowAsync(string? deadlineId, string? notice, bool replacesCard, CancellationToken cancellationToken)
    {
        var entries = new List<LateCommentView>();
        foreach (var comment in await comments.ListLateAsync(deadlineId, cancellationToken))
        {
            entries.Add(new LateCommentView(await views.ReceiptAsync(comment, CommentState.Received, cancellationToken: cancellationToken), comment.Author.DisplayName));
        }

        var view = new LateCommentsView(deadlineId, entries) { Notice = notice };
        return replacesCard ? replies.ReplaceCard(view) : replies.NewMessage(view);
    }
}
