using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using WorkingParty.Bot.Features.Announcements;
using WorkingParty.Bot.Features.Comments;
using WorkingParty.Bot.Features.Conversations;
using WorkingParty.Bot.Features.Delegations;
using WorkingParty.Bot.Features.Exports;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Features.MinutesList;
using WorkingParty.Bot.Features.MinutesReview;
using WorkingParty.Bot.Features.MinutesUpload;
using WorkingParty.Bot.Features.Questions;
using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Bot.Hosting.Settings;

namespace WorkingParty.Bot.Hosting;

/// <summary>Everything the bot needs, registered the same way for the web host and the command line.</summary>
public static class BotServices
{
    public static IServiceCollection AddWorkingPartyBot(this IServiceCollection services)
    {
        services.AddSettings<BotOptions>(BotOptions.Section);
        services.AddSettings<ClockOptions>(ClockOptions.Section);
        services.AddOptions<BotIdentityOptions>().Configure<IConfiguration>((identity, configuration) => configuration.Bind(identity));
        services.AddSingleton<TimeProvider>(sp => ClockFrom(sp.GetRequiredService<ClockOptions>()));
        services.AddDocumentStorage();
        services.AddSingleton(sp => new ReplyBuilder(sp.GetRequiredService<BotOptions>().PublicUrl, sp.GetRequiredService<ClockOptions>().FindZone()));
        // First of the web adapter's middleware: a message delivered again stops before anything else runs.
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, RedeliveryMiddleware>();

        services.AddSecretariatRoles();
        services.AddExports();
        services.AddMinutesFeature();
        services.AddQuestionsFeature();
        services.AddCommentsFeature();
        services.AddDelegationsFeature();
        services.AddConversationTracking();
        services.AddAnnouncementsFeature();
        services.AddMinutesUpload();
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

    private static TimeProvider ClockFrom(ClockOptions clock) => new WorkingPartyTimeProvider(TimeProvider.System, clock.FindZone(), clock.Today);
}
