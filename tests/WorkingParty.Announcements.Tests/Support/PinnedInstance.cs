using Microsoft.Extensions.Time.Testing;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;
using WorkingParty.Storage.Queues;
using WorkingParty.Testing;

namespace WorkingParty.Announcements.Tests.Support;

/// <summary>One instance on a file store in a temp folder with the clock pinned to 27 November 2026, 09:00 UTC.</summary>
public abstract class PinnedInstance : IDisposable
{
    private readonly TemporaryFolder _folder = new("wp-announcements-");

    protected PinnedInstance()
    {
        Store = new FileDocumentStore(_folder.Path);
        Sender = new CountingSender(Time);
        Bot = new AnnouncementsInstance(Store, new StoreWorkQueue(Store, "outbox", Time), Sender, Time);
    }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    protected FileDocumentStore Store { get; }
    protected CountingSender Sender { get; }
    protected AnnouncementsInstance Bot { get; }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
