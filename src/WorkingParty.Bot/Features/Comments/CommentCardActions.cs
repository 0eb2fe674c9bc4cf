using Microsoft.Bot.Builder;
using WorkingParty.Bot.Bots;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>The buttons of the comment cards: write, send, edit, withdraw, and "my comments".</summary>
public sealed class CommentCardActions(CommentForms forms, CommentSubmissions submissions, CommentWithdrawals withdrawals, CommentViews views, CommentReplies replies)
    : ICardActionHandler
{
    public bool Handles(string verb) => verb is CardVerbs.WriteComment or CardVerbs.SubmitComment or CardVerbs.EditComment
        or CardVerbs.WithdrawComment or CardVerbs.MyComments;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionData action, CancellationToken cancellationToken)
    {
        var author = CommentAuthors.Of(turnContext);
        return action.Verb switch
        {
            CardVerbs.WriteComment => await forms.OpenNewAsync(author, action.DeadlineId!, cancellationToken),
            CardVerbs.SubmitComment => await submissions.SubmitAsync(author, action, cancellationToken),
            CardVerbs.EditComment => await forms.OpenEditAsync(author, action.CommentId!, action.Version, cancellationToken),
            CardVerbs.WithdrawComment => await withdrawals.WithdrawAsync(author, action.CommentId!, action.Version, cancellationToken),
            _ => replies.Mine(await views.MineAsync(author.UserId, cancellationToken), action.Offset ?? 0),
        };
    }
}
