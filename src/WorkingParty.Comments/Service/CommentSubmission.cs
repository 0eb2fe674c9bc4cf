namespace WorkingParty.Comments;

/// <summary>
/// A new comment as sent from the form. <see cref="SubmissionId"/> identifies the sending (the Teams
/// activity id or the card's client nonce): the same id always yields the same comment.
/// </summary>
public sealed record CommentSubmission(
    string SubmissionId,
    string DeadlineId,
    string Delegation,
    CommentAuthor Author,
    string Text,
    string? DocumentReference = null);
