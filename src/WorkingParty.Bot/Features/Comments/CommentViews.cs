using WorkingParty.Answers.Model;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Rules;
using WorkingParty.Comments.Service;
using WorkingParty.Council;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>Turns deadlines and stored comments into the views the comment cards are built from.</summary>
public sealed class CommentViews(CommentService comments, CommentsOptions options, MinutesDeadlineCatalog deadlines, TimeProvider time)
{
    /// <summary>A button naming a comment that is not the sender's: refused, the card left as it was.</summary>
    public static NoticeView UnknownComment { get; } = new(
        "That comment is not one of yours",
        "It may have been removed, or the button was not from one of your cards. Type \u201Cmy comments\u201D to see the comments you sent.");

    /// <summary>A button naming a deadline the minutes no longer hold: refused, the card (a form) left as it was.</summary>
    public static NoticeView UnknownDeadline(string deadlineId) => new(
        "That deadline is not in the minutes",
        $"There is no deadline '{deadlineId}'. Your form is left as it was; ask for the open deadlines and use the \u201CWrite comments\u201D button there.");

    /// <summary>A new form: a fresh nonce, so each form stands for one submission however often it is sent.</summary>
    public CommentFormView NewForm(DeadlineEntry deadline, string? delegation) =>
        new(deadline, DelegationTable.Default.MemberStates, options.MaxTextLength, Guid.NewGuid().ToString("n")) { Delegation = delegation };

    /// <summary>The form prefilled with the comment's current text and version, so a racing edit is detected on saving.</summary>
    public CommentFormView EditForm(DeadlineEntry deadline, Comment comment) => NewForm(deadline, comment.Delegation) with
    {
        Text = comment.Text,
        Document = comment.DocumentReference,
        CommentId = comment.Id,
        Version = comment.Versions.Count,
    };

    /// <summary>The form as the user sent it (same nonce, same text), with what was wrong shown above the inputs.</summary>
    public CommentFormView Refilled(DeadlineEntry deadline, SubmitComment sent, string error) =>
        new(deadline, DelegationTable.Default.MemberStates, options.MaxTextLength, sent.Nonce)
        {
            Delegation = sent.Delegation,
            Text = sent.Comment,
            Document = sent.Document,
            CommentId = sent.CommentId,
            Version = sent.Version,
            Error = error,
        };

    public async Task<CommentReceiptView> ReceiptAsync(Comment comment, CommentState state, string? notice = null, CancellationToken cancellationToken = default)
    {
        var deadline = await deadlines.FindAsync(comment.DeadlineId, cancellationToken);
        var open = deadline is not null && comments.Clock.IsOpen(deadline, time.GetUtcNow());
        return new CommentReceiptView(
            comment.Id,
            comment.DeadlineId,
            deadline?.Subject ?? $"A deadline no longer in the minutes ({comment.DeadlineId})",
            deadline?.DueDate ?? DateOnly.FromDateTime(comments.Clock.ToLocal(comment.ReceivedAt).DateTime),
            comment.Delegation,
            comment.Text,
            comment.ReceivedAt)
        {
            Document = comment.DocumentReference,
            Version = comment.Versions.Count,
            State = comment.Status == CommentStatus.Withdrawn ? CommentState.Withdrawn : state,
            IsLate = comment.Late,
            CanChange = open && comment.Status == CommentStatus.Submitted,
            Notice = notice,
        };
    }

    public async Task<MyCommentsView> MineAsync(string userId, CancellationToken cancellationToken = default)
    {
        var receipts = new List<CommentReceiptView>();
        foreach (var comment in await comments.ListMineAsync(userId, cancellationToken))
        {
            var state = comment.Value.Versions.Count > 1 ? CommentState.Updated : CommentState.Received;
            receipts.Add(await ReceiptAsync(comment.Value, state, LateNotice(comment.Value), cancellationToken));
        }
        return new MyCommentsView(receipts);
    }

    private static string? LateNotice(Comment comment) => comment.Status == CommentStatus.AwaitingLateAcceptance
        ? "Sent after the deadline: not submitted unless the secretariat accepts it as late."
        : null;
}
