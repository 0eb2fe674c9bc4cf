using WorkingParty.Comments;
using WorkingParty.Comments.Service;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>"Withdraw" on a receipt: the receipt becomes the withdrawn one, or says why the comment stays.</summary>
public sealed class CommentWithdrawals(CommentService comments, CommentViews views, ReplyBuilder replies) : IButtonHandler<WithdrawComment>
{
    private const string ChangedNotice = "This comment changed since that card was shown, so it was not withdrawn. Here is the latest version.";

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, WithdrawComment action, CancellationToken cancellationToken)
    {
        var author = TurnUser.AuthorOf(turnContext);
        if (await comments.FindMineAsync(author.UserId, action.CommentId, cancellationToken) is not { } current)
            return replies.NewMessage(CommentViews.UnknownComment);
        if (action.Version is { } shown && shown != current.Value.Versions.Count)
            return replies.ReplaceCard(await views.ReceiptAsync(current.Value, CommentState.Updated, ChangedNotice, cancellationToken));
        return await comments.WithdrawAsync(current.Value.DeadlineId, current.Value.Id, author, current.ETag, cancellationToken) switch
        {
            CommentResult.Accepted accepted => replies.ReplaceCard(await views.ReceiptAsync(accepted.Comment, CommentState.Withdrawn, cancellationToken: cancellationToken)),
            CommentResult.Conflict conflict => replies.ReplaceCard(await views.ReceiptAsync(conflict.Latest, CommentState.Updated, ChangedNotice, cancellationToken)),
            CommentResult.Rejected rejected => replies.NewMessage(new NoticeView("The comment was not withdrawn", rejected.Reason)),
            var other => throw new InvalidOperationException($"Unexpected comment result {other.GetType().Name}."),
        };
    }
}
