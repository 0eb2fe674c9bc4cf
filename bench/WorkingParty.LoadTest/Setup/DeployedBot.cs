using System.Diagnostics;
using WorkingParty.Testing;

namespace WorkingParty.LoadTest.Setup;

/// <summary>
/// The bot as it is deployed (docs/deployment.md): published ReadyToRun for linux-x64, framework-dependent, into a
/// folder beside this program. Published on every run; dotnet publish itself skips what is up to date (a few seconds).
/// </summary>
public static class DeployedBot
{
    // Declared before Arguments, which uses it.
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "deployed-bot");

    private static readonly string[] Arguments =
        ["publish", Path.Combine("src", "WorkingParty.Bot"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", Folder];

    /// <summary>The publish command, as it would be typed in the repository's root folder.</summary>
    public static string Command => "dotnet " + string.Join(' ', Arguments);

    /// <summary>Publishes the bot and returns the path of its entry assembly.</summary>
    public static async Task<string> PublishAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryFolders.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments)
            start.ArgumentList.Add(argument);

        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await output}\n{await errors}");
        return Path.Combine(Folder, "WorkingParty.Bot.dll");
    }
}
