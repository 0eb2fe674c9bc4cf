using WorkingParty.Storage.Files;

namespace WorkingParty.Storage.Files;

/// <summary>
/// The embedded store: one file per key under a root folder (key segments become folders).
/// Every write (create, replace, delete) holds a per-key lock file, so writers are safe across processes;
/// a document is written to a temp file and moved into place, so readers never see half of one.
/// Every write gets a new ETag. A lock file lives only beside its document: a delete removes both, and a replace or
/// delete of a missing document writes nothing.
/// </summary>
public sealed class FileDocumentStore : IDocumentStore
{
    internal const string DocumentSuffix = ".json";
    private const string LockSuffix = ".lock";

    private readonly string _root;
    private readonly TimeProvider _time;

    /// <param name="time">The clock a writer waits on while another holds a key's lock; the system clock by default.</param>
    public FileDocumentStore(string rootFolder, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootFolder);
        _root = Path.GetFullPath(rootFolder);
        _time = time ?? TimeProvider.System;
        Directory.CreateDirectory(_root);
    }

    public Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        DocumentFile.ReadAsync(PathOf(key, DocumentSuffix), key, cancellationToken);

    public async Task<StoredDocument?> TryCreateAsync(string key, string json, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key, DocumentSuffix);
        var etag = NewETag();
        var temp = await DocumentFile.WriteTempAsync(path, json, etag, cancellationToken);
        try
        {
            // A move that must not overwrite is no guard on its own: on Linux, .NET checks for the target and then
            // renames, so concurrent creators could each "win" (seen: up to 12 of 20). The key lock orders them.
            using var keyLock = await KeyLock.AcquireAsync(PathOf(key, LockSuffix), _time, cancellationToken);
            if (File.Exists(path))
                return null;
            File.Move(temp, path, overwrite: false);
            return new StoredDocument(key, json, etag);
        }
        finally
        {
            DocumentFile.DeleteQuietly(temp);
        }
    }

    public async Task<StoredDocument?> TryReplaceAsync(string key, string json, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(etag);
        var path = PathOf(key, DocumentSuffix);
        if (!File.Exists(path))
            return null;
        using var keyLock = await KeyLock.AcquireAsync(PathOf(key, LockSuffix), _time, cancellationToken);
        var current = await DocumentFile.ReadAsync(path, key, cancellationToken);
        if (current is null)
            keyLock.Retire();
        if (current is null || current.ETag != etag)
            return null;
        var newETag = NewETag();
        var temp = await DocumentFile.WriteTempAsync(path, json, newETag, cancellationToken);
        File.Move(temp, path, overwrite: true);
        return new StoredDocument(key, json, newETag);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key, DocumentSuffix);
        if (!File.Exists(path))
            return false;
        using var keyLock = await KeyLock.AcquireAsync(PathOf(key, LockSuffix), _time, cancellationToken);
        var existed = File.Exists(path);
        if (existed)
            File.Delete(path);
        keyLock.Retire();
        return existed;
    }

    /// <summary>Takes a snapshot of the matching keys when called; temp and lock files are never listed.</summary>
    public IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken = default)
    {
        DocumentKey.ValidatePrefix(prefix);
        var lastSlash = prefix.LastIndexOf('/');
        var folder = lastSlash < 0 ? _root : FolderOf(prefix[..lastSlash]);
        if (!Directory.Exists(folder))
            return AsyncEnumerable.Empty<string>();
        return Directory.EnumerateFiles(folder, "*" + DocumentSuffix, SearchOption.AllDirectories)
            .Select(KeyOf)
            .OfType<string>()
            .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList()
            .ToAsyncEnumerable();
    }

    private static string NewETag() => Guid.NewGuid().ToString("N");

    private string PathOf(string key, string suffix)
    {
        DocumentKey.Validate(key);
        return FolderOf(key) + suffix;
    }

    private string FolderOf(string path) =>
        Path.Combine([_root, .. DocumentKey.Segments(path).Select(FileName.Encode)]);

    private string? KeyOf(string filePath)
    {
        var relative = Path.GetRelativePath(_root, filePath[..^DocumentSuffix.Length]);
        var segments = relative.Split(Path.DirectorySeparatorChar).Select(FileName.Decode).ToList();
        return segments.Any(s => s is null) ? null : string.Join('/', segments);
    }
}
