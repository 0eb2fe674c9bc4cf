using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace WorkingParty.Bot.Hosting.ServiceDefaults;

/// <summary>
/// Collects the bot's own spans and metrics (every <c>WorkingParty.*</c> ActivitySource and Meter), ASP.NET Core's, the
/// outgoing HTTP calls' and the runtime's, and exports them: to the console when <c>Telemetry:Console</c> is true, to
/// Azure Monitor (Application Insights) when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, nowhere otherwise.
/// </summary>
public static class TelemetryRegistration
{
    public const string ServiceName = "working-party-bot";
    public const string ConsoleKey = "Telemetry:Console";
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    private const string OwnSources = "WorkingParty.*";

    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // Probes every minute from App Service would drown the traces of real requests.
        services.Configure<AspNetCoreTraceInstrumentationOptions>(options => options.Filter = http => !http.Request.Path.StartsWithSegments(HealthEndpoints.Root));
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddSource(OwnSources))
            .WithMetrics(metrics => metrics.AddMeter(OwnSources).AddRuntimeInstrumentation());

        if (configuration[AzureMonitorKey] is { Length: > 0 } connectionString)
        {
            // The distro brings the ASP.NET Core and HttpClient instrumentation with it.
            telemetry.UseAzureMonitor(options => options.ConnectionString = connectionString);
        }
        else
        {
            telemetry
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        }

        if (configuration.GetValue<bool>(ConsoleKey))
        {
            telemetry
                .WithTracing(tracing => tracing.AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddConsoleExporter());
        }

        return services;
    }
}
