using System.Runtime.CompilerServices;
using WorkingParty.Storage;

namespace WorkingParty.Testing;

/// <summary>A real store seen through a counter: how many documents were read and keys listed, to show what a view costs.</summary>
public sealed class CountingDocumentStore(IDocumentStore inner) : IDocumentStore
{
    private int _reads;
    private int _listedKeys;

    public int Reads => _reads;

    public int ListedKeys => _listedKeys;

    public void Reset()
    {
        _reads = 0;
        _listedKeys = 0;
    }

    public Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetAsync(key, cancellationToken);
    }

    public Task<StoredDocument?> TryCreateAsync(string key, string json, CancellationToken cancellationToken = default) =>
        inner.TryCreateAsync(key, json, cancellationToken);

    public Task<StoredDocument?> TryReplaceAsync(string key, string json, string etag, CancellationToken cancellationToken = default) =>
        inner.TryReplaceAsync(key, json, etag, cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var key in inner.ListKeysAsync(prefix, cancellationToken))
        {
            Interlocked.Increment(ref _listedKeys);
            yield return key;
        }
    }
}
