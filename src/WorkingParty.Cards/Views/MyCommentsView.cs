namespace WorkingParty.Cards.Views;

/// <summary>A delegate's own comments, newest first.</summary>
public sealed record MyCommentsView(IReadOnlyList<CommentReceiptView> Comments);
