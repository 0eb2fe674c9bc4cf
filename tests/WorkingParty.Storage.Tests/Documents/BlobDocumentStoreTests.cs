using WorkingParty.Storage.Azure;
using WorkingParty.Testing;

namespace WorkingParty.Storage.Tests.Documents;

public sealed class BlobDocumentStoreTests(AzuriteFixture azurite) : DocumentStoreContract, IClassFixture<AzuriteFixture>
{
    private readonly string containerName = "test-" + Guid.NewGuid().ToString("N");

    protected override IDocumentStore OpenStore() => new BlobDocumentStore(azurite.ConnectionString, containerName);
}
