using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkingParty.Bot.Features.Minutes;

namespace WorkingParty.Bot.Hosting.ServiceDefaults;

/// <summary>
/// <c>/health/live</c>: the process answers (restart it if not). <c>/health/ready</c>: it can answer questions, the
/// document store reachable and the minutes loaded (send it traffic only then). 200 when healthy, 503 when not, with
/// each check's status and description as JSON.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Where the probes are served: traces leave out requests under it.</summary>
    public const string Root = "/health";
    public const string LivePath = Root + "/live";
    public const string ReadyPath = Root + "/ready";
    private const string Live = "live";
    private const string Ready = "ready";

    /// <summary>The most a ready check may take: a store that does not answer in that time is as good as unreachable.</summary>
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(20);

    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [Live])
            .AddCheck<DocumentStoreHealthCheck>("store", tags: [Ready], timeout: ReadyTimeout)
            .AddCheck<MinutesLoadedHealthCheck>("minutes", tags: [Ready], timeout: ReadyTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapBotHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, Options(Live));
        endpoints.MapHealthChecks(ReadyPath, Options(Ready));
        return endpoints;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = HealthReportJson.WriteAsync,
    };
}
