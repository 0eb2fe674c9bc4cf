using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Features.MinutesReview;

public static class MinutesReviewRegistration
{
    /// <summary>The review of uploaded minutes: corrections in the card, then publish or discard.</summary>
    public static IServiceCollection AddMinutesReview(this IServiceCollection services)
    {
        services.AddSingleton<CorrectionAuthors>();
        services.AddSingleton<MinutesPublisher>();
        services.AddSingleton<UploadBaselines>();
        services.AddSingleton<MovedDeadlineNotifier>();
        var upload = UsableBy.Secretariat(SecretariatAction.UploadMinutes);
        return services.AddRoutes(routes => routes
            .Button<SaveMinutesReview, MinutesReviewActions>(upload)
            .Button<PublishMinutes, MinutesReviewActions>(upload)
            .Button<DiscardMinutes, MinutesReviewActions>(upload));
    }
}
