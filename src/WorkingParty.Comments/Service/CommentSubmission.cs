using WorkingParty.Comments.Model;

namespace WorkingParty.Comments.Service;

/// <summary>
/// A new comment as sent from the form. <see cref="SubmissionId"/> identifies the sending (the Teams
/// activity id or the card's client nonce): the same id always yields the same comment. <see cref="LookUpPrincipalName"/>
/// asks Teams for the author's principal name, for a roster seed that lists users by name.
/// </summary>
public sealed record CommentSubmission(
    string SubmissionId,
    string DeadlineId,
    string Delegation,
    CommentAuthor Author,
    string Text,
    string? DocumentReference = null)
{
    public Func<CancellationToken, Task<string?>>? LookUpPrincipalName { get; init; }
}
