using WorkingParty.Bot.Features.Announcements;
using WorkingParty.Bot.Features.Exports;
using WorkingParty.Bot.Features.Questions;
using WorkingParty.Bot.Hosting.ServiceDefaults;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// The bot's web host: /api/messages and the health endpoints over the bot's services, with telemetry.
/// <paramref name="overrideServices"/> lets a benchmark host another bot (an echo baseline) on exactly the same host and adapter.
/// </summary>
public static class BotWebHost
{
    public static WebApplication Create(string[] args, Action<IServiceCollection>? overrideServices = null)
    {
        // The cards' JSON contracts are built on the core the host's own start leaves idle, not by the first answer.
        _ = Task.Run(CardJson.Prepare);
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddServiceDefaults(builder.Configuration);
        builder.Services.AddWorkingPartyBot();
        builder.Services.AddAnnouncementsBackgroundWork();
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapBotMessages();
        app.MapCalendarFiles();
        app.MapExportDownloads();
        return app;
    }
}
