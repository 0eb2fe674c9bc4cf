using System.Diagnostics;
using WorkingParty.Testing;

namespace WorkingParty.Cards.Tests.Tools;

/// <summary>Runs one of the node scripts in tests/tools and returns its exit code and output.</summary>
public static class NodeScript
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static async Task<Result> RunAsync(string script, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(RepositoryFolders.TestTools, "node_modules", "adaptivecards")))
        {
            throw new InvalidOperationException("tests/tools/node_modules is missing: run build/install-test-tools.sh.");
        }
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryFolders.TestTools, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryFolders.TestTools, script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await errors);
    }
}
