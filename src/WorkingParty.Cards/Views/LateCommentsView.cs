namespace WorkingParty.Cards.Views;

/// <summary>
/// The secretariat's list of comments sent after their deadline, on <see cref="DeadlineId"/> or on every deadline
/// when it is null. <see cref="Notice"/> says what was just done (an acceptance).
/// </summary>
public sealed record LateCommentsView(string? DeadlineId, IReadOnlyList<LateCommentView> Comments)
{
    public string? Notice { get; init; }
}

/// <summary>One late comment and who wrote it; it is accepted once <see cref="CommentReceiptView.IsLate"/>.</summary>
public sealed record LateCommentView(CommentReceiptView Comment, string Author)
{
    public bool IsAccepted => Comment.IsLate;
}
