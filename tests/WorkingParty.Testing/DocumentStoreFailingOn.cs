using WorkingParty.Storage;

namespace WorkingParty.Testing;

/// <summary>
/// A document store whose creation of one key fails as a full disk would, and that passes everything else on: a fault
/// the file store cannot be made to raise on demand.
/// </summary>
public sealed class DocumentStoreFailingOn(string failingKey, IDocumentStore inner) : IDocumentStore
{
    public Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken = default) => inner.GetAsync(key, cancellationToken);

    public Task<StoredDocument?> TryCreateAsync(string key, string json, CancellationToken cancellationToken = default) =>
        key == failingKey ? throw new IOException("No space left on device") : inner.TryCreateAsync(key, json, cancellationToken);

    public Task<StoredDocument?> TryReplaceAsync(string key, string json, string etag, CancellationToken cancellationToken = default) =>
        inner.TryReplaceAsync(key, json, etag, cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken = default) =>
        inner.ListKeysAsync(prefix, cancellationToken);
}
