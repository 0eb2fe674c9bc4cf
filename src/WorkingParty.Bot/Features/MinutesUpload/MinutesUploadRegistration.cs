using WorkingParty.Bot.Bots;

namespace WorkingParty.Bot.Features.MinutesUpload;

public static class MinutesUploadRegistration
{
    /// <summary>Minutes files sent to the bot by the secretariat: read, summarised, then published or discarded.</summary>
    public static IServiceCollection AddMinutesUpload(this IServiceCollection services)
    {
        services.AddHttpClient(MinutesFileDownloader.ClientName, client => client.Timeout = TimeSpan.FromMinutes(2));
        services.AddSingleton<MinutesFileDownloader>();
        services.AddSingleton<MinutesUploads>();
        services.AddSingleton<IMessageHandler, MinutesUploadHandler>();
        services.AddSingleton<ICardActionHandler, MinutesUploadActions>();
        return services;
    }
}
