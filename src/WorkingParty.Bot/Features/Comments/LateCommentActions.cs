using Microsoft.Bot.Builder;
using WorkingParty.Bot.Routing;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>The secretariat's buttons on late comments: "Review late comments" (export card) and "Accept as late".</summary>
public sealed class LateCommentActions(LateComments late) : IButtonHandler<ShowLateComments>, IButtonHandler<AcceptLateComment>
{
    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, ShowLateComments action, CancellationToken cancellationToken) =>
        late.ListAsync(action.DeadlineId, cancellationToken);

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, AcceptLateComment action, CancellationToken cancellationToken) =>
        late.AcceptAsync(turnContext, action, cancellationToken);
}
