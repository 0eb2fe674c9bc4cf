using WorkingParty.Comments;
using WorkingParty.Comments.Deadlines;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>Opens the comment form: new on a deadline ("Write comments"), or on one's own comment ("Edit").</summary>
public sealed class CommentForms(CommentService comments, MinutesDeadlineCatalog deadlines, CommentViews views, ReplyBuilder replies, TimeProvider time)
    : IButtonHandler<WriteComment>, IButtonHandler<EditComment>
{
    /// <summary>A new form, sent below the deadlines card, which stays.</summary>
    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, WriteComment action, CancellationToken cancellationToken)
    {
        if (await deadlines.FindEntryAsync(action.DeadlineId, cancellationToken) is not { } deadline)
            return replies.NewMessage(CommentViews.UnknownDeadline(action.DeadlineId));
        var standing = await comments.Roster.StandingOfAsync(TurnUser.AuthorOf(turnContext).UserId, TurnUser.Of(turnContext).LookUpPrincipalName, cancellationToken);
        var form = views.NewForm(deadline, standing?.Delegation);
        var info = MinutesDeadlineCatalog.InfoOf(deadline);
        if (!comments.Clock.IsOpen(info, time.GetUtcNow()))
            form = form with { Error = $"{comments.Clock.Describe(info)}. Comments sent now are kept for the secretariat, who may still accept them as late." };
        return replies.NewMessage(form);
    }

    /// <summary>The form on the latest version; when the card was older than that, the form says so.</summary>
    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, EditComment action, CancellationToken cancellationToken)
    {
        if (await comments.FindMineAsync(TurnUser.AuthorOf(turnContext).UserId, action.CommentId, cancellationToken) is not { } current)
            return replies.NewMessage(CommentViews.UnknownComment);
        var comment = current.Value;
        if (await deadlines.FindEntryAsync(comment.DeadlineId, cancellationToken) is not { } deadline)
            return replies.NewMessage(CommentViews.UnknownDeadline(comment.DeadlineId));
        var info = MinutesDeadlineCatalog.InfoOf(deadline);
        if (WhyUnchangeable(comment, info) is { } reason)
            return replies.ReplaceCard(await views.ReceiptAsync(comment, CommentState.Received, reason, cancellationToken));
        var form = views.EditForm(deadline, comment);
        return replies.ReplaceCard(action.Version is { } shown && shown != comment.Versions.Count
            ? form with { Error = $"This comment changed since that card was shown. The form holds the latest version ({comment.Versions.Count})." }
            : form);
    }

    private string? WhyUnchangeable(Comment comment, DeadlineInfo deadline) => comment.Status switch
    {
        CommentStatus.Withdrawn => "This comment was withdrawn; it can no longer be changed.",
        CommentStatus.AwaitingLateAcceptance => "This comment was sent after the deadline and waits for the secretariat; it can no longer be changed.",
        _ when !comments.Clock.IsOpen(deadline, time.GetUtcNow()) => $"{comments.Clock.Describe(deadline)}; comments can no longer be changed.",
        _ => null,
    };
}
