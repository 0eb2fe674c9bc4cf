using Microsoft.Bot.Builder;
using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Bots;

/// <summary>Who sent the activity of a turn, as the roles check knows users.</summary>
public static class TurnUser
{
    public static TeamsUser Of(ITurnContext turnContext)
    {
        var from = turnContext.Activity.From;
        return new TeamsUser(from?.AadObjectId, UserPrincipalName: null, from?.Name);
    }
}
