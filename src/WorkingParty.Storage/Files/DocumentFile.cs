using System.Text;

namespace WorkingParty.Storage.Files;

/// <summary>
/// The on-disk form of one document version: the ETag on the first line, the JSON after it.
/// Written to a temp file in the same folder and flushed to disk before it is moved into place.
/// </summary>
internal static class DocumentFile
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static async Task<StoredDocument?> ReadAsync(string path, string key, CancellationToken cancellationToken)
    {
        string content;
        try
        {
            content = await File.ReadAllTextAsync(path, Utf8, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var newline = content.IndexOf('\n');
        if (newline < 0)
            throw new InvalidDataException($"The document file '{path}' has no ETag line.");
        return new StoredDocument(key, content[(newline + 1)..], content[..newline]);
    }

    /// <summary>Writes a new version to a fresh temp file beside <paramref name="path"/> and returns the temp file's path.</summary>
    public static async Task<string> WriteTempAsync(string path, string json, string etag, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path[..^FileDocumentStore.DocumentSuffix.Length]}.{Guid.NewGuid():N}.tmp";
        await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(Utf8.GetBytes(etag + "\n" + json), cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        return temp;
    }

    public static void DeleteQuietly(string path)
    {
        try { File.Delete(path); } catch (IOException) { }
    }
}
