using WorkingParty.Bot.Features.Announcements;
using WorkingParty.Bot.Features.Exports;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Features.Questions;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// The bot's web host: /api/messages and /healthz over the bot's services. <paramref name="overrideServices"/>
/// lets a benchmark host another bot (an echo baseline) on exactly the same host and adapter.
/// </summary>
public static class BotWebHost
{
    public static WebApplication Create(string[] args, Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddWorkingPartyBot();
        builder.Services.AddAnnouncementsBackgroundWork();
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Answers once the minutes are loaded (they load beside the server's start): a probe waits for a bot that can answer.
        app.MapGet("/healthz", async (MinutesCatalog minutes, CancellationToken cancellationToken) =>
        {
            await minutes.GetAnswererAsync(cancellationToken);
            return Results.Ok(new { status = "ok" });
        });
        app.MapBotMessages();
        app.MapCalendarFiles();
        app.MapExportDownloads();
        return app;
    }
}
