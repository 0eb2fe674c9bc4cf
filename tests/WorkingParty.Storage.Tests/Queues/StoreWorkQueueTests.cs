using Microsoft.Extensions.Time.Testing;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;
using WorkingParty.Storage.Queues;

namespace WorkingParty.Storage.Tests.Queues;

public sealed class StoreWorkQueueTests : WorkQueueContract, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wp-queue-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2017, 3, 22, 9, 0, 0, TimeSpan.Zero));

    protected override IWorkQueue OpenQueue() => new StoreWorkQueue(new FileDocumentStore(_root), "outbox", _time);

    protected override Task LetBriefTimeoutPassAsync()
    {
        _time.Advance(TimeSpan.FromSeconds(2));
        return Task.CompletedTask;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
