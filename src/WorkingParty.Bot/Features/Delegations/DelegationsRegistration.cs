using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Features.Delegations;

public static class DelegationsRegistration
{
    /// <summary>The secretariat's delegation roster: the list ("delegations"), confirming and changing a user's delegation.</summary>
    public static IServiceCollection AddDelegationsFeature(this IServiceCollection services)
    {
        services.AddSingleton<RosterViews>();
        var manage = UsableBy.Secretariat(SecretariatAction.ManageDelegations);
        return services.AddRoutes(routes => routes
            .Command<DelegationRosterList>(DelegationRosterList.Pattern, manage)
            .Button<ShowDelegationRoster, DelegationRosterList>(manage)
            .Button<ChangeDelegation, DelegationAssignments>(manage)
            .Button<AssignDelegation, DelegationAssignments>(manage));
    }
}
