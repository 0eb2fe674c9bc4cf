using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using WorkingParty.Bot.Bots;
using WorkingParty.Bot.Features.Announcements;
using WorkingParty.Bot.Features.Comments;
using WorkingParty.Bot.Features.Conversations;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Features.MinutesList;
using WorkingParty.Bot.Features.MinutesReview;
using WorkingParty.Bot.Features.MinutesUpload;
using WorkingParty.Bot.Features.Questions;
using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Cards;

namespace WorkingParty.Bot.Hosting;

/// <summary>Everything the bot needs, registered the same way for the web host and the command line.</summary>
public static class BotServices
{
    public static IServiceCollection AddWorkingPartyBot(this IServiceCollection services, IConfiguration configuration)
    {
        var zone = WorkingPartyCalendar.ZoneFrom(configuration);
        services.AddSingleton<TimeProvider>(new WorkingPartyTimeProvider(ClockFrom(configuration), zone));
        services.AddSingleton(sp => new WorkingPartyCalendar(sp.GetRequiredService<TimeProvider>(), zone));
        services.AddDocumentStorage(configuration);
        services.AddSingleton(new ReplyBuilder(PublicUrl(configuration), zone));
        // First of the web adapter's middleware: a message delivered again stops before anything else runs.
        services.AddSingleton<RecentActivities>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, RedeliveryMiddleware>();

        services.AddSecretariatRoles(configuration);
        services.AddMinutesFeature();
        services.AddQuestionsFeature();
        services.AddCommentsFeature(configuration);
        services.AddConversationTracking();
        services.AddAnnouncementsFeature(configuration);
        services.AddMinutesUpload(configuration);
        services.AddMinutesReview();
        services.AddMinutesList();

        // The SDK makes two new HttpClients (and connections) per turn unless it is given a factory.
        services.AddHttpClient();
        services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new LeanBotFrameworkAuthentication(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>()));
        services.AddSingleton<BotHttpAdapter>();
        services.AddTransient<IBot, WorkingPartyBot>();
        return services;
    }

    /// <summary>Where users' browsers reach the bot (calendar files, exports): <c>Bot:PublicUrl</c>.</summary>
    public static Uri PublicUrl(IConfiguration configuration) => new(configuration["Bot:PublicUrl"] ?? "http://localhost:3978");

    private static TimeProvider ClockFrom(IConfiguration configuration) =>
        DateOnly.TryParse(configuration["Clock:Today"], out var today) ? new PinnedDayTimeProvider(today) : TimeProvider.System;
}
