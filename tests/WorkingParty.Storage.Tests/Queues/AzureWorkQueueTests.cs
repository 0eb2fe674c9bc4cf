using WorkingParty.Storage.Azure;
using WorkingParty.Testing;

namespace WorkingParty.Storage.Tests.Queues;

public sealed class AzureWorkQueueTests(AzuriteFixture azurite) : WorkQueueContract, IClassFixture<AzuriteFixture>
{
    private readonly string queueName = "test-" + Guid.NewGuid().ToString("N");

    protected override IWorkQueue OpenQueue() => new AzureWorkQueue(azurite.ConnectionString, queueName);

    protected override Task LetBriefTimeoutPassAsync() => Task.Delay(TimeSpan.FromSeconds(2.5));
}
