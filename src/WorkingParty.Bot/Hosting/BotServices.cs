using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using WorkingParty.Bot.Bots;

namespace WorkingParty.Bot.Hosting;

/// <summary>Everything the bot needs, registered the same way for the web host and the command line.</summary>
public static class BotServices
{
    public static IServiceCollection AddWorkingPartyBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ClockFrom(configuration));
        services.AddDocumentStorage(configuration);
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<BotHttpAdapter>();
        services.AddSingleton<Replies>();
        services.AddTransient<IBot, WorkingPartyBot>();
        return services;
    }

    private static TimeProvider ClockFrom(IConfiguration configuration) =>
        DateOnly.TryParse(configuration["Clock:Today"], out var today) ? new PinnedDayTimeProvider(today) : TimeProvider.System;
}
