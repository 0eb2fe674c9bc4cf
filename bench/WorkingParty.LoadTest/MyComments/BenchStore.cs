using WorkingParty.Storage;
using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Blobs;
using WorkingParty.Storage.Files;
using WorkingParty.Testing;

namespace WorkingParty.LoadTest.MyComments;

/// <summary>
/// A document store for one bot process, and the same store opened here to seed it: a folder of the workspace, or a container
/// of an Azurite of its own (Azurite's in-memory listing walks every blob of every container, so two stores share none).
/// </summary>
public sealed class BenchStore : IAsyncDisposable
{
    private readonly AzuriteFixture? _azurite;

    private BenchStore(IDocumentStore store, Dictionary<string, string> environment, AzuriteFixture? azurite)
    {
        Store = store;
        Environment = environment;
        _azurite = azurite;
    }

    public IDocumentStore Store { get; }

    /// <summary>The bot's storage settings, as environment variables.</summary>
    public Dictionary<string, string> Environment { get; }

    public static BenchStore InFolder(string folder) => new(new FileDocumentStore(folder), new() { ["Storage__Folder"] = folder }, null);

    public static async Task<BenchStore> OnAzuriteAsync()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        const string container = "my-comments";
        return new BenchStore(new BlobDocumentStore(azurite.ConnectionString, container),
            new() { ["Storage__ConnectionString"] = azurite.ConnectionString, ["Storage__Container"] = container }, azurite);
    }

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
            await _azurite.DisposeAsync();
    }
}
