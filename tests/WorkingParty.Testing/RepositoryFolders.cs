namespace WorkingParty.Testing;

/// <summary>Finds the repository's folders from wherever the tests run.</summary>
public static class RepositoryFolders
{
    /// <summary>The folder holding Bot.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>tests/tools: the pinned npm tools and the scripts the tests run with them.</summary>
    public static string TestTools => Path.Combine(Root, "tests", "tools");

    /// <summary>tests/tools/node_modules, installed by build/install-test-tools.sh.</summary>
    public static string NodeModules
    {
        get
        {
            var folder = Path.Combine(TestTools, "node_modules");
            if (!Directory.Exists(folder))
                throw new InvalidOperationException($"The npm test tools are not installed ({folder} is missing). Run build/install-test-tools.sh first.");
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No folder holding Bot.sln above {AppContext.BaseDirectory}.");
    }
}
