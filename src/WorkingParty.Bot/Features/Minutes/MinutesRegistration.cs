using WorkingParty.Bot.Hosting.Settings;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Publication;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Revisions;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.Minutes;

public static class MinutesRegistration
{
    /// <summary>Reading minutes files, the minutes store, and the catalog answers are read from.</summary>
    public static IServiceCollection AddMinutesFeature(this IServiceCollection services)
    {
        services.AddSettings<MinutesOptions>(MinutesOptions.Section);
        services.AddSingleton<MinutesReader>();
        services.AddSingleton<MeetingRepository>();
        services.AddSingleton<MinutesSourceLog>();
        services.AddSingleton<MinutesCorrections>();
        services.AddSingleton<MinutesPublications>();
        services.AddSingleton<MinutesOverlay>();
        services.AddSingleton<MinutesVersions>();
        services.AddSingleton<MinutesFolderIngester>();
        services.AddSingleton<MinutesCatalog>();
        services.AddHostedService<MinutesWarmUp>();
        return services;
    }
}
