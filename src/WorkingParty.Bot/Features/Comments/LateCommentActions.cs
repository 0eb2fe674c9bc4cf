using Microsoft.Bot.Builder;
using WorkingParty.Bot.Bots;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>The secretariat's buttons on late comments: "Review late comments" (export card) and "Accept as late".</summary>
public sealed class LateCommentActions(LateComments late) : ICardActionHandler
{
    public bool Handles(string verb) => verb is CardVerbs.LateComments or CardVerbs.AcceptLateComment;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionData action, CancellationToken cancellationToken) =>
        await late.RefuseUnlessSecretariatAsync(turnContext, cancellationToken)
        ?? (action.Verb == CardVerbs.AcceptLateComment
            ? await late.AcceptAsync(turnContext, action, cancellationToken)
            : await late.ListAsync(action.DeadlineId, cancellationToken));
}
