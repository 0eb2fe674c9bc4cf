using Azure.Storage.Blobs;
using WorkingParty.Storage.Azure;
using WorkingParty.Testing;

namespace WorkingParty.Storage.Tests.Documents;

public sealed class BlobDocumentStoreTests(AzuriteFixture azurite) : DocumentStoreContract, IClassFixture<AzuriteFixture>
{
    private readonly string containerName = "test-" + Guid.NewGuid().ToString("N");

    protected override IDocumentStore OpenStore() => new BlobDocumentStore(azurite.ConnectionString, containerName);

    protected override async Task<IReadOnlyList<string>> FootprintAsync() =>
        await new BlobContainerClient(azurite.ConnectionString, containerName).GetBlobsAsync().Select(b => b.Name).ToListAsync();
}
