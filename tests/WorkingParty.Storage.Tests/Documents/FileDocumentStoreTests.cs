using WorkingParty.Storage;

namespace WorkingParty.Storage.Tests.Documents;

public sealed class FileDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("wp-store-").FullName;

    protected override IDocumentStore OpenStore() => new FileDocumentStore(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Temp_and_lock_files_are_never_listed()
    {
        var store = OpenStore();
        var created = await store.TryCreateAsync("comments/c1", "1");
        await store.TryReplaceAsync("comments/c1", "2", created!.ETag);
        await File.WriteAllTextAsync(Path.Combine(root, "comments", "c2.0123456789abcdef.tmp"), "half written");

        Assert.Equal(["comments/c1"], await store.ListKeysAsync("").ToListAsync());
    }

    [Fact]
    public async Task Every_file_stays_under_the_root_whatever_the_key()
    {
        var store = OpenStore();
        await store.TryCreateAsync("a:b/..%2F..%2Fescape/c*d", "{}");

        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);

        Assert.All(files, f => Assert.StartsWith(root + Path.DirectorySeparatorChar, Path.GetFullPath(f)));
        Assert.Equal(["a:b/..%2F..%2Fescape/c*d"], await store.ListKeysAsync("").ToListAsync());
    }

    [Fact]
    public async Task Files_this_store_did_not_write_are_ignored_when_listing()
    {
        await File.WriteAllTextAsync(Path.Combine(root, "notes.txt.json"), "not ours");

        Assert.Empty(await OpenStore().ListKeysAsync("").ToListAsync());
    }
}
