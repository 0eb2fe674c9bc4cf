namespace WorkingParty.Storage.Files;

/// <summary>
/// An exclusive lock on one key, shared by every process using the same root: a lock file opened with FileShare.None
/// (an OS file lock). It lives only as long as the key's document: whoever holds it when the document is gone (deleted,
/// or never there) retires it, so that no request leaves a lock file behind.
/// </summary>
/// <remarks>
/// Deleting a lock file is safe only with a mark: a waiter may already have opened the old file and would lock it while a
/// newcomer locks a new one at the same path. The retiring holder writes a byte into the old file before releasing it; a
/// fresh lock file is empty, so a holder that finds a byte in its file knows it locked a retired one and opens the path again.
/// </remarks>
internal sealed class KeyLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    private readonly FileStream _stream;
    private readonly string _path;

    private KeyLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    public static async Task<KeyLock> AcquireAsync(string lockPath, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
                var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                if (stream.Length == 0)
                    return new KeyLock(stream, lockPath);
                stream.Dispose();
            }
            catch (IOException) when (time.GetElapsedTime(started) < GiveUpAfter)
            {
                await Task.Delay(RetryDelay, time, cancellationToken);
            }
        }
    }

    /// <summary>Removes the lock file; call it while holding the lock, when the key's document does not exist.</summary>
    public void Retire()
    {
        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Windows does not delete a file open without FileShare.Delete: the lock file stays, unmarked, and works on.
            return;
        }
        _stream.WriteByte(1);
        _stream.Flush();
    }

    public void Dispose() => _stream.Dispose();
}
