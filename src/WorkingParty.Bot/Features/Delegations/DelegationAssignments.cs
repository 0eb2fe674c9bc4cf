using WorkingParty.Bot.Features.Comments;
using WorkingParty.Comments;
using WorkingParty.Comments.Roster;
using WorkingParty.Council;

namespace WorkingParty.Bot.Features.Delegations;

/// <summary>
/// The secretariat places a user of the roster in a delegation: "Confirm" on a declaration, or "Change delegation" and
/// the form. The card becomes the roster again, saying what changed; every change is logged with who made it.
/// </summary>
public sealed class DelegationAssignments(DelegationRoster roster, RosterViews views, ReplyBuilder replies, ILogger<DelegationAssignments> logger)
    : IButtonHandler<ChangeDelegation>, IButtonHandler<AssignDelegation>
{
    private static readonly NoticeView NotOnRoster = new(
        "That person is not on the roster", "Nobody was changed. Type \u201Cdelegations\u201D to see the roster as it is now.");

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, ChangeDelegation action, CancellationToken cancellationToken) =>
        (await roster.ListAsync(cancellationToken).FirstOrDefaultAsync(entry => entry.UserId == action.UserId, cancellationToken)) is { } entry
            ? replies.NewMessage(new DelegationAssignFormView(RosterViews.MemberOf(entry), DelegationTable.Default.MemberStates))
            : replies.NewMessage(NotOnRoster);

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, AssignDelegation action, CancellationToken cancellationToken)
    {
        var secretary = TurnUser.AuthorOf(turnContext);
        if (DelegationTable.Default.MemberStateCode(action.Delegation) is not { } delegation)
            return replies.NewMessage(new NoticeView("Choose a delegation", "That is not one of the delegations; nobody was changed."));
        if (await roster.AssignAsync(action.UserId, delegation, secretary.DisplayName, cancellationToken) is not { } placed)
            return replies.NewMessage(NotOnRoster);
        logger.LogInformation("{Secretary} ({SecretaryId}) placed {User} ({UserId}) in the {Delegation} delegation",
            secretary.DisplayName, secretary.UserId, placed.Name, placed.UserId, placed.Delegation);
        return replies.ReplaceCard(await views.RosterAsync($"{placed.Name} writes for {placed.Delegation}, confirmed.", cancellationToken));
    }
}
