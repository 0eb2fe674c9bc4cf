namespace WorkingParty.Storage.Files;

/// <summary>
/// An exclusive lock on one key, shared by every process using the same root: a lock file opened
/// with FileShare.None (an OS file lock). The lock file is left in place: deleting it on release
/// would let a waiter lock the old file while a newcomer locks a new one.
/// </summary>
internal sealed class KeyLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    private readonly FileStream stream;

    private KeyLock(FileStream stream) => this.stream = stream;

    public static async Task<KeyLock> AcquireAsync(string lockPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var started = Environment.TickCount64;
        while (true)
        {
            try
            {
                return new KeyLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (Environment.TickCount64 - started < GiveUpAfter.TotalMilliseconds)
            {
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
