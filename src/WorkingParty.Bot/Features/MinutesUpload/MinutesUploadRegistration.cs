using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Features.Minutes;

namespace WorkingParty.Bot.Features.MinutesUpload;

public static class MinutesUploadRegistration
{
    /// <summary>Minutes files sent to the bot by the secretariat: fetched (<see cref="MinutesDownloadOptions"/>), read, summarised, then published or discarded.</summary>
    public static IServiceCollection AddMinutesUpload(this IServiceCollection services)
    {
        services.AddSingleton(sp => MinutesDownloadOptions.From(sp.GetRequiredService<MinutesOptions>()));
        services.AddSingleton<IHostAddresses, DnsHostAddresses>();
        services.AddSingleton<DownloadConnections>();
        // The downloader follows redirects itself, checking each; the whole download has its own deadline.
        services.AddHttpClient(MinutesFileDownloader.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<DownloadConnections>().ConnectAsync,
            });
        services.AddSingleton<MinutesFileDownloader>();
        services.AddSingleton<MinutesUploads>();
        var upload = UsableBy.Secretariat(SecretariatAction.UploadMinutes);
        return services.AddRoutes(routes => routes
            .Command<MinutesUploadHandler>(MinutesUploadHandler.Files, upload)
            .Button<AnnounceMinutes, MinutesUploadActions>(UsableBy.Secretariat(SecretariatAction.Announce)));
    }
}
