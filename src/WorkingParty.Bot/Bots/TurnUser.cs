using Microsoft.Bot.Builder;
using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Features.Secretariat;

namespace WorkingParty.Bot.Bots;

/// <summary>Who sent the activity of a turn, as the roles check knows users; the principal name is looked up only when asked.</summary>
public static class TurnUser
{
    public static TeamsUser Of(ITurnContext turnContext)
    {
        var from = turnContext.Activity.From;
        var names = turnContext.TurnState.Get<PrincipalNames>();
        return new TeamsUser(from?.AadObjectId, UserPrincipalName: null, from?.Name)
        {
            LookUpPrincipalName = names is null || from?.Id is null ? null : cancellationToken => names.OfSenderAsync(turnContext, cancellationToken),
        };
    }
}
