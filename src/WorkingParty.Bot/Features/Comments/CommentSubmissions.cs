using WorkingParty.Answers.Model;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Rules;
using WorkingParty.Comments.Service;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// A sent comment form: a new comment, or the changes to one. The receipt replaces the form only once the comment
/// service has stored the comment; anything it refuses comes back on the form with the user's text kept.
/// </summary>
public sealed class CommentSubmissions(CommentService comments, MinutesDeadlineCatalog deadlines, CommentViews views, ReplyBuilder replies, CommentsOptions options)
    : IButtonHandler<SubmitComment>
{
    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, SubmitComment sent, CancellationToken cancellationToken) => sent.CommentId is { } commentId
        ? SaveEditAsync(TurnUser.AuthorOf(turnContext), commentId, sent, cancellationToken)
        : SubmitNewAsync(turnContext, sent, cancellationToken);

    private async Task<ButtonResult> SubmitNewAsync(ITurnContext turnContext, SubmitComment sent, CancellationToken cancellationToken)
    {
        if (await deadlines.FindEntryAsync(sent.DeadlineId, cancellationToken) is not { } deadline)
            return replies.NewMessage(CommentViews.UnknownDeadline(sent.DeadlineId));
        // The form's nonce is the submission id (the service scopes it to the author): resending the form is a no-op.
        var submission = new CommentSubmission(sent.Nonce, deadline.Id, sent.Delegation ?? "", TurnUser.AuthorOf(turnContext), sent.Comment ?? "", sent.Document)
        {
            LookUpPrincipalName = TurnUser.Of(turnContext).LookUpPrincipalName,
        };
        return await ReplyAsync(await comments.SubmitAsync(submission, cancellationToken), deadline, sent, CommentState.Received, cancellationToken);
    }

    private async Task<ButtonResult> SaveEditAsync(CommentAuthor author, string commentId, SubmitComment sent, CancellationToken cancellationToken)
    {
        if (await comments.FindMineAsync(author.UserId, commentId, cancellationToken) is not { } current)
            return replies.NewMessage(CommentViews.UnknownComment);
        if (await deadlines.FindEntryAsync(current.Value.DeadlineId, cancellationToken) is not { } deadline)
            return replies.NewMessage(CommentViews.UnknownDeadline(current.Value.DeadlineId));
        var result = sent.Version == current.Value.Versions.Count || IsAlreadySaved(current.Value, sent)
            ? await comments.EditAsync(deadline.Id, current.Value.Id, author, sent.Comment ?? "", current.ETag, cancellationToken)
            : new CommentResult.Conflict(current.Value, current.ETag);
        return await ReplyAsync(result, deadline, sent, CommentState.Updated, cancellationToken);
    }

    /// <summary>A double click on "Save changes": the first click's text is already the latest version.</summary>
    private bool IsAlreadySaved(Comment current, SubmitComment sent) =>
        CommentText.Clean(sent.Comment, options.MaxTextLength).Text == current.Text;

    private async Task<ButtonResult> ReplyAsync(CommentResult result, DeadlineEntry deadline, SubmitComment sent, CommentState state, CancellationToken cancellationToken) => result switch
    {
        CommentResult.Accepted accepted => replies.ReplaceCard(await views.ReceiptAsync(accepted.Comment, state, cancellationToken: cancellationToken)),
        CommentResult.Conflict conflict => replies.ReplaceCard(views.EditForm(deadline, conflict.Latest) with { Error = ChangedMeanwhile(conflict.Latest, sent) }),
        CommentResult.Rejected rejected => replies.ReplaceCard(views.Refilled(deadline, sent, rejected.Reason)),
        _ => throw new InvalidOperationException($"Unexpected comment result {result.GetType().Name}."),
    };

    /// <summary>The losing side of a racing edit sees the winner's text in the form, and keeps its own here.</summary>
    private static string ChangedMeanwhile(Comment latest, SubmitComment sent) =>
        $"This comment was changed by another edit while you were writing, so your changes were not saved. " +
        $"The form now holds the latest version ({latest.Versions.Count}). Your text was:\n{sent.Comment}";
}
