using Microsoft.Extensions.Time.Testing;
using WorkingParty.Storage;

namespace WorkingParty.Storage.Tests.Queues;

public sealed class StoreWorkQueueTests : WorkQueueContract, IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("wp-queue-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2017, 3, 22, 9, 0, 0, TimeSpan.Zero));

    protected override IWorkQueue OpenQueue() => new StoreWorkQueue(new FileDocumentStore(root), "outbox", time);

    protected override Task LetBriefTimeoutPassAsync()
    {
        time.Advance(TimeSpan.FromSeconds(2));
        return Task.CompletedTask;
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
