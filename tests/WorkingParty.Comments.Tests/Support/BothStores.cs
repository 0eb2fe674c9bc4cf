using WorkingParty.Storage;
using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Blobs;
using WorkingParty.Storage.Files;
using WorkingParty.Testing;

namespace WorkingParty.Comments.Tests.Support;

/// <summary>The two stores a comment test runs on: the file store (in a temp folder of the test's) and Azurite (a new container each time).</summary>
public sealed class BothStores(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wp-comments-").FullName;

    public static TheoryData<string> Kinds => ["file", "azurite"];

    public IDocumentStore Open(string kind) => kind == "file"
        ? new FileDocumentStore(_folder)
        : new BlobDocumentStore(azurite.ConnectionString, "comments-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
