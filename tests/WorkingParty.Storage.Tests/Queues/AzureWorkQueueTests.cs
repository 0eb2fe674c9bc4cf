using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Queues;
using WorkingParty.Storage.Queues;
using WorkingParty.Testing;

namespace WorkingParty.Storage.Tests.Queues;

public sealed class AzureWorkQueueTests(AzuriteFixture azurite) : WorkQueueContract, IClassFixture<AzuriteFixture>
{
    private readonly string _queueName = "test-" + Guid.NewGuid().ToString("N");

    protected override IWorkQueue OpenQueue() => new AzureWorkQueue(azurite.ConnectionString, _queueName);

    /// <summary>
    /// Azurite keeps its own clock, so the test cannot move it: a probe sent now, hidden for <see cref="WorkQueueContract.Brief"/>
    /// on another queue of the same server, shows when that much has passed for everything done before.
    /// </summary>
    protected override async Task LetBriefTimeoutPassAsync()
    {
        var probe = new AzureWorkQueue(azurite.ConnectionString, _queueName + "-probe");
        await probe.EnqueueAsync("probe", Brief);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while ((await probe.ReceiveAsync(1, TimeSpan.FromMinutes(5), patience.Token)).Count == 0)
            await poll.WaitForNextTickAsync(patience.Token);
    }
}
