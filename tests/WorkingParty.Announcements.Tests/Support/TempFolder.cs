namespace WorkingParty.Announcements.Tests.Support;

/// <summary>A folder for one test's file store, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("wp-announcements-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a sender being shut down; the OS temp cleaner takes it later.
        }
    }
}
