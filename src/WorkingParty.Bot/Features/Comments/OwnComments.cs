using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>Finds a comment by the reference on a card, among the sender's own comments only (a forged reference finds nothing).</summary>
public static class OwnComments
{
    public static Task<Versioned<Comment>?> FindMineAsync(this CommentService comments, string userId, string commentId, CancellationToken cancellationToken) =>
        comments.FindOwnAsync(userId, commentId, cancellationToken);
}
