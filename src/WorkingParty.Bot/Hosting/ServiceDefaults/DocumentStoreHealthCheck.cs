using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Hosting.ServiceDefaults;

/// <summary>Ready only while the document store answers a read (of a key nothing writes: an absent document is an answer too).</summary>
public sealed class DocumentStoreHealthCheck(IDocumentStore store, ILogger<DocumentStoreHealthCheck> logger) : IHealthCheck
{
    private const string ProbeKey = "health/probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.GetAsync(ProbeKey, cancellationToken);
            return HealthCheckResult.Healthy("The document store answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The document store did not answer the health probe");
            return new HealthCheckResult(context.Registration.FailureStatus, "The document store does not answer.");
        }
    }
}
