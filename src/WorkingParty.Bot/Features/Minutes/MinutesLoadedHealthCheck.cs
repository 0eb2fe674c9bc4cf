using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WorkingParty.Bot.Features.Minutes;

/// <summary>
/// Ready once the minutes are loaded: the check waits for the load under way (<see cref="MinutesWarmUp"/>), up to the
/// check's timeout, so a probe at start-up gets its answer as soon as the bot can answer questions.
/// </summary>
public sealed class MinutesLoadedHealthCheck(MinutesCatalog catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var answerer = await catalog.GetAnswererAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{answerer.Library.Meetings.Count} minutes loaded.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The minutes could not be loaded.");
        }
    }
}
