using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Routing;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Features.MinutesUpload;

public static class MinutesUploadRegistration
{
    /// <summary>Minutes files sent to the bot by the secretariat: read, summarised, then published or discarded.</summary>
    public static IServiceCollection AddMinutesUpload(this IServiceCollection services)
    {
        services.AddHttpClient(MinutesFileDownloader.ClientName, client => client.Timeout = TimeSpan.FromMinutes(2));
        services.AddSingleton<MinutesFileDownloader>();
        services.AddSingleton<MinutesUploads>();
        var upload = UsableBy.Secretariat(SecretariatAction.UploadMinutes);
        return services.AddRoutes(routes => routes
            .Command<MinutesUploadHandler>(MinutesUploadHandler.Files, upload)
            .Button<PublishMinutes, MinutesUploadActions>(upload)
            .Button<DiscardMinutes, MinutesUploadActions>(upload)
            .Button<AnnounceMinutes, MinutesUploadActions>(UsableBy.Secretariat(SecretariatAction.Announce)));
    }
}
