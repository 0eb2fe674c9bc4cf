namespace WorkingParty.Cards.Tests.Tools;

/// <summary>The folder holding Bot.sln, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string TestTools => System.IO.Path.Combine(Path, "tests", "tools");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Bot.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}.");
    }
}
