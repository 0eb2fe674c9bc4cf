using Microsoft.Bot.Builder;
using WorkingParty.Comments;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>Who writes a comment: the sender of the turn, by Entra object id where Teams gives one.</summary>
public static class CommentAuthors
{
    public static CommentAuthor Of(ITurnContext turnContext)
    {
        var from = turnContext.Activity.From;
        var id = !string.IsNullOrWhiteSpace(from?.AadObjectId) ? from.AadObjectId : from?.Id ?? "";
        return new CommentAuthor(id, string.IsNullOrWhiteSpace(from?.Name) ? "A delegate" : from.Name);
    }
}
