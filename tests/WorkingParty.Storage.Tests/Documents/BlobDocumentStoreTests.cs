using Azure.Storage.Blobs;
using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Blobs;
using WorkingParty.Testing;

namespace WorkingParty.Storage.Tests.Documents;

public sealed class BlobDocumentStoreTests(AzuriteFixture azurite) : DocumentStoreContract, IClassFixture<AzuriteFixture>
{
    private readonly string _containerName = "test-" + Guid.NewGuid().ToString("N");

    protected override IDocumentStore OpenStore() => new BlobDocumentStore(azurite.ConnectionString, _containerName);

    protected override async Task<IReadOnlyList<string>> FootprintAsync() =>
        await new BlobContainerClient(azurite.ConnectionString, _containerName).GetBlobsAsync().Select(b => b.Name).ToListAsync();
}
