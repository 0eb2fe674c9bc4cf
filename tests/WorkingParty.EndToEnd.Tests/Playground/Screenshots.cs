using WorkingParty.Testing;

namespace WorkingParty.EndToEnd.Tests.Playground;

/// <summary>
/// Where each scenario step's screenshot goes: the test output folder, or docs/screenshots when
/// <c>WORKING_PARTY_SCREENSHOTS=docs</c> (the command in docs/screenshots/README.md regenerates the committed ones).
/// </summary>
public static class Screenshots
{
    public static string PathFor(string step)
    {
        var folder = System.Environment.GetEnvironmentVariable("WORKING_PARTY_SCREENSHOTS") == "docs"
            ? Path.Combine(RepositoryFolders.Root, "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{step}.png");
    }
}
