using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace WorkingParty.Storage.Azure.Blobs;

/// <summary>
/// The document store on Azure Blob Storage: one blob per key in one container (created on first
/// use). Creating sends If-None-Match: *, replacing sends If-Match with the ETag read, and the
/// blob's own ETag is the document's ETag, so concurrency is decided by the service.
/// </summary>
public sealed class BlobDocumentStore : IDocumentStore
{
    private readonly BlobContainerClient _container;
    private volatile bool _containerExists;

    public BlobDocumentStore(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    public BlobDocumentStore(string connectionString, string containerName)
        : this(new BlobContainerClient(connectionString, containerName))
    {
    }

    public async Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var blob = await BlobOfAsync(key, cancellationToken);
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            return new StoredDocument(key, content.Value.Content.ToString(), content.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<StoredDocument?> TryCreateAsync(string key, string json, CancellationToken cancellationToken = default)
    {
        var conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
        return await TryUploadAsync(key, json, conditions, refusedStatuses: [409, 412], cancellationToken);
    }

    public async Task<StoredDocument?> TryReplaceAsync(string key, string json, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(etag);
        var conditions = new BlobRequestConditions { IfMatch = new ETag(etag) };
        return await TryUploadAsync(key, json, conditions, refusedStatuses: [404, 412], cancellationToken);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var blob = await BlobOfAsync(key, cancellationToken);
        return (await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value;
    }

    /// <summary>Sorted here rather than trusting the service's order, so both stores list alike.</summary>
    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        DocumentKey.ValidatePrefix(prefix);
        await EnsureContainerAsync(cancellationToken);
        var keys = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
            keys.Add(item.Name);
        keys.Sort(StringComparer.Ordinal);
        foreach (var key in keys)
            yield return key;
    }

    private async Task<StoredDocument?> TryUploadAsync(string key, string json, BlobRequestConditions conditions, int[] refusedStatuses, CancellationToken cancellationToken)
    {
        var blob = await BlobOfAsync(key, cancellationToken);
        try
        {
            var options = new BlobUploadOptions
            {
                Conditions = conditions,
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
            };
            var uploaded = await blob.UploadAsync(BinaryData.FromString(json), options, cancellationToken);
            return new StoredDocument(key, json, uploaded.Value.ETag.ToString());
        }
        catch (RequestFailedException e) when (refusedStatuses.Contains(e.Status))
        {
            return null;
        }
    }

    private async Task<BlobClient> BlobOfAsync(string key, CancellationToken cancellationToken)
    {
        DocumentKey.Validate(key);
        await EnsureContainerAsync(cancellationToken);
        return _container.GetBlobClient(key);
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
            return;
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _containerExists = true;
    }
}
