using WorkingParty.Testing;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.LoadTest.Setup;

/// <summary>
/// A temporary folder for one load-test run: the minutes corpus (the sample minutes plus the generated meetings,
/// as .txt) and a fresh storage folder for every process started. Deleted on dispose.
/// </summary>
public sealed class Workspace : IDisposable
{
    private int _folders;

    private Workspace(string root, string minutesFolder, LoadTestOptions options)
    {
        Root = root;
        MinutesFolder = minutesFolder;
        Options = options;
    }

    public string Root { get; }

    public string MinutesFolder { get; }

    public LoadTestOptions Options { get; }

    public static Workspace Create(LoadTestOptions options)
    {
        var root = Path.Combine(Path.GetTempPath(), "wp-loadtest-" + Guid.NewGuid().ToString("N")[..8]);
        var minutes = Directory.CreateDirectory(Path.Combine(root, "minutes")).FullName;
        foreach (var sample in Directory.EnumerateFiles(Path.Combine(RepositoryFolders.Root, "samples", "minutes"), "*.txt"))
            File.Copy(sample, Path.Combine(minutes, Path.GetFileName(sample)));
        foreach (var meeting in new MinutesCorpus(options.Seed).Meetings(options.Meetings))
            File.WriteAllText(Path.Combine(minutes, meeting.FileName), meeting.Text);
        return new Workspace(root, minutes, options);
    }

    /// <summary>A new empty folder, e.g. for one process's document store.</summary>
    public string NewFolder(string name) =>
        Directory.CreateDirectory(Path.Combine(Root, $"{name}-{Interlocked.Increment(ref _folders)}")).FullName;

    /// <summary>The bot's settings as environment variables: this corpus, the given store, the pinned day.</summary>
    public Dictionary<string, string> BotEnvironment(string storageFolder) => new()
    {
        ["Minutes__Folder"] = MinutesFolder,
        ["Storage__Folder"] = storageFolder,
        ["Clock__Today"] = Options.Today,
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Could not delete {Root}: {e.Message}");
        }
    }
}
