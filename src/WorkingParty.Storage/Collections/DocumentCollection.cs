using System.Runtime.CompilerServices;
using System.Text.Json;

namespace WorkingParty.Storage.Collections;

/// <summary>
/// Typed documents of one kind under one key prefix (the collection name), stored as JSON in an
/// <see cref="IDocumentStore"/>. Ids may hold '/' to group documents (e.g. by deadline).
/// </summary>
public sealed class DocumentCollection<T> where T : class
{
    private readonly IDocumentStore _store;
    private readonly string _prefix;

    public DocumentCollection(IDocumentStore store, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        DocumentKey.Validate(name);
        _store = store;
        _prefix = name + "/";
    }

    public async Task<Versioned<T>?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ToVersioned(await _store.GetAsync(_prefix + id, cancellationToken));

    /// <summary>The document's value, without its version; null when there is none.</summary>
    public async Task<T?> GetValueAsync(string id, CancellationToken cancellationToken = default) =>
        (await GetAsync(id, cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>Stores a new document; null when the id is taken.</summary>
    public async Task<Versioned<T>?> TryCreateAsync(string id, T value, CancellationToken cancellationToken = default) =>
        ToVersioned(await _store.TryCreateAsync(_prefix + id, Serialize(value), cancellationToken));

    /// <summary>Replaces a document; null when it changed since <paramref name="etag"/> or is gone.</summary>
    public async Task<Versioned<T>?> TryReplaceAsync(string id, T value, string etag, CancellationToken cancellationToken = default) =>
        ToVersioned(await _store.TryReplaceAsync(_prefix + id, Serialize(value), etag, cancellationToken));

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        _store.DeleteAsync(_prefix + id, cancellationToken);

    /// <summary>
    /// Reads, changes and writes one document, reading again whenever another writer got there first.
    /// <paramref name="change"/> receives null when the document does not exist yet.
    /// </summary>
    public async Task<Versioned<T>> SaveAsync(string id, Func<T?, T> change, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var current = await GetAsync(id, cancellationToken);
            var saved = current is null
                ? await TryCreateAsync(id, change(null), cancellationToken)
                : await TryReplaceAsync(id, change(current.Value), current.ETag, cancellationToken);
            if (saved is not null)
                return saved;
        }
    }

    public async IAsyncEnumerable<string> ListIdsAsync(string idPrefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var key in _store.ListKeysAsync(_prefix + idPrefix, cancellationToken))
            yield return key[_prefix.Length..];
    }

    /// <summary>The documents whose id starts with <paramref name="idPrefix"/>, in id order; one deleted meanwhile is left out.</summary>
    public async IAsyncEnumerable<Versioned<T>> ListAsync(string idPrefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var id in ListIdsAsync(idPrefix, cancellationToken))
        {
            if (await GetAsync(id, cancellationToken) is { } document)
                yield return document;
        }
    }

    /// <summary>Every document of the collection with its id, in id order, without their versions.</summary>
    public async IAsyncEnumerable<(string Id, T Value)> ListValuesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var document in ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            yield return (document.Id, document.Value);
    }

    private static string Serialize(T value) => JsonSerializer.Serialize(value, DocumentJson.Options);

    private Versioned<T>? ToVersioned(StoredDocument? document) =>
        document is null
            ? null
            : new Versioned<T>(document.Key[_prefix.Length..], JsonSerializer.Deserialize<T>(document.Json, DocumentJson.Options)
                ?? throw new InvalidDataException($"The document '{document.Key}' holds JSON null."), document.ETag);
}
