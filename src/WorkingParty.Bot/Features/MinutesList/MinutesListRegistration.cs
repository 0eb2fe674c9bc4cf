using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Features.MinutesList;

public static class MinutesListRegistration
{
    /// <summary>The secretariat's list of stored minutes (<c>minutes</c>), with Review, Withdraw and Restore.</summary>
    public static IServiceCollection AddMinutesList(this IServiceCollection services)
    {
        services.AddSingleton<StoredMinutesViews>();
        var manage = UsableBy.Secretariat(SecretariatAction.ManageMinutes);
        return services.AddRoutes(routes => routes
            .Command<MinutesListCommand>(MinutesListCommand.Pattern, manage)
            .Button<ShowStoredMinutes, MinutesListActions>(manage)
            .Button<WithdrawMinutes, MinutesListActions>(manage)
            .Button<RestoreMinutes, MinutesListActions>(manage)
            .Button<ReviewStoredMinutes, PublishedMinutesReview>(manage));
    }
}
