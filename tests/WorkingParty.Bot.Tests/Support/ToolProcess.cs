using System.Diagnostics;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Support;

/// <summary>Runs a command of the repository (a script, node) to completion and keeps its output.</summary>
public static class ToolProcess
{
    public static Task<(int ExitCode, string Output)> RunAsync(string fileName, params string[] arguments) =>
        RunAsync(fileName, arguments, RepositoryFolders.Root);

    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, string workingFolder)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingFolder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }
}
