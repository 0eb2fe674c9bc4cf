namespace WorkingParty.Storage;

/// <summary>
/// The one storage contract of the domain: small JSON documents under keys such as
/// <c>comments/2017-03-22-hwp-cyber/item-9/abc123</c>, created once and then replaced only
/// by whoever read the current version (optimistic concurrency through an ETag).
/// </summary>
public interface IDocumentStore
{
    Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores a new document; returns null, and changes nothing, when the key is taken.</summary>
    Task<StoredDocument?> TryCreateAsync(string key, string json, CancellationToken cancellationToken = default);

    /// <summary>Replaces a document; returns null, and changes nothing, when it changed since <paramref name="etag"/> or is gone.</summary>
    Task<StoredDocument?> TryReplaceAsync(string key, string json, string etag, CancellationToken cancellationToken = default);

    /// <summary>Removes a document; returns false when there was none.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The keys that start with <paramref name="prefix"/>, in ordinal order.</summary>
    IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken = default);
}
