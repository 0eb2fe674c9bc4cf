using WorkingParty.Comments;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>Finds a comment by the reference on a card, among the sender's own comments only (a forged reference finds nothing).</summary>
public static class OwnComments
{
    public static async Task<Versioned<Comment>?> FindMineAsync(this CommentService comments, string userId, string commentId, CancellationToken cancellationToken) =>
        (await comments.ListMineAsync(userId, cancellationToken)).FirstOrDefault(c => c.Value.Id == commentId);
}
