using Microsoft.Bot.Builder;
using WorkingParty.Bot.Routing;
using WorkingParty.Cards;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>The buttons of the comment cards: write, send, edit, withdraw, and the pages of "my comments".</summary>
public sealed class CommentCardActions(CommentForms forms, CommentSubmissions submissions, CommentWithdrawals withdrawals, CommentViews views, ReplyBuilder replies)
    : IButtonHandler<WriteComment>, IButtonHandler<SubmitComment>, IButtonHandler<EditComment>, IButtonHandler<WithdrawComment>, IButtonHandler<ShowMyComments>
{
    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, WriteComment action, CancellationToken cancellationToken) =>
        forms.OpenNewAsync(CommentAuthors.Of(turnContext), action.DeadlineId, cancellationToken);

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, SubmitComment action, CancellationToken cancellationToken) =>
        submissions.SubmitAsync(CommentAuthors.Of(turnContext), action, cancellationToken);

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, EditComment action, CancellationToken cancellationToken) =>
        forms.OpenEditAsync(CommentAuthors.Of(turnContext), action.CommentId, action.Version, cancellationToken);

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, WithdrawComment action, CancellationToken cancellationToken) =>
        withdrawals.WithdrawAsync(CommentAuthors.Of(turnContext), action.CommentId, action.Version, cancellationToken);

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, ShowMyComments action, CancellationToken cancellationToken) =>
        replies.NewMessage(await views.MineAsync(CommentAuthors.Of(turnContext).UserId, cancellationToken), offset: action.Offset);
}
