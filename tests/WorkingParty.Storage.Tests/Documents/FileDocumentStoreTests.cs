using WorkingParty.Storage;
using WorkingParty.Storage.Files;
using WorkingParty.Storage.Tests.Support;

namespace WorkingParty.Storage.Tests.Documents;

public sealed class FileDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wp-store-").FullName;

    protected override IDocumentStore OpenStore() => new FileDocumentStore(_root);

    /// <summary>The files under the root; folders are not counted (a key's parent folders are shared with its siblings).</summary>
    protected override Task<IReadOnlyList<string>> FootprintAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f))]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Temp_and_lock_files_are_never_listed()
    {
        var store = OpenStore();
        var created = await store.TryCreateAsync("comments/c1", "1");
        await store.TryReplaceAsync("comments/c1", "2", created!.ETag);
        await File.WriteAllTextAsync(Path.Combine(_root, "comments", "c2.0123456789abcdef.tmp"), "half written");

        Assert.Equal(["comments/c1"], await store.ListKeysAsync("").ToListAsync());
    }

    [Fact]
    public async Task Every_file_stays_under_the_root_whatever_the_key()
    {
        var store = OpenStore();
        await store.TryCreateAsync("a:b/..%2F..%2Fescape/c*d", "{}");

        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories);

        Assert.All(files, f => Assert.StartsWith(_root + Path.DirectorySeparatorChar, Path.GetFullPath(f)));
        Assert.Equal(["a:b/..%2F..%2Fescape/c*d"], await store.ListKeysAsync("").ToListAsync());
    }

    [Fact]
    public async Task Files_this_store_did_not_write_are_ignored_when_listing()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "notes.txt.json"), "not ours");

        Assert.Empty(await OpenStore().ListKeysAsync("").ToListAsync());
    }

    [Fact]
    public async Task A_replace_waits_while_another_process_holds_the_key_lock()
    {
        var clock = new WaitWatchingClock();
        var store = new FileDocumentStore(_root, clock);
        var created = await store.TryCreateAsync("k", "1");
        Task<StoredDocument?> replacing;

        using (new FileStream(Path.Combine(_root, "k.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            replacing = store.TryReplaceAsync("k", "2", created!.ETag);
            // The replace found the lock taken and waits to try again; had it not waited, it would have finished first.
            Assert.Same(clock.FirstWait, await Task.WhenAny(clock.FirstWait, replacing).WaitAsync(Patience));
            Assert.False(replacing.IsCompleted);
            Assert.Equal("1", (await store.GetAsync("k"))!.Json);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("2", (await replacing.WaitAsync(Patience))!.Json);
    }

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
}
