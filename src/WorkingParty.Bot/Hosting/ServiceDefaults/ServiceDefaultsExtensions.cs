namespace WorkingParty.Bot.Hosting.ServiceDefaults;

/// <summary>
/// What the web host adds around the bot, in the manner of .NET Aspire's service defaults: OpenTelemetry (the SDK,
/// instrumentation and exporters live here only; the domain records through the runtime's ActivitySource and Meter)
/// and the live and ready health endpoints.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static IServiceCollection AddServiceDefaults(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotTelemetry(configuration);
        services.AddBotHealthChecks();
        return services;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapBotHealthEndpoints();
        return app;
    }
}
