using WorkingParty.LoadTest.Broadcast;
using WorkingParty.LoadTest.ColdStart;
using WorkingParty.LoadTest.Reporting;
using WorkingParty.LoadTest.Setup;
using WorkingParty.LoadTest.Turns;

namespace WorkingParty.LoadTest;

/// <summary>Runs the selected parts against freshly started processes and prints the figures; exit code 1 when a bound is exceeded.</summary>
public static class LoadTestCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is [BroadcastSenderHost.Verb, .. var senderArgs])
            return await BroadcastSenderHost.RunAsync(senderArgs);
        if (LoadTestOptions.Parse(args) is not { } options)
            return 2;

        Console.WriteLine($"Load test ({Binaries.Configuration}), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, " +
            $".NET {Environment.Version}; parts: {string.Join(", ", LoadTestOptions.Parts.Where(options.Runs))}");
        var report = new LoadTestReport();
        using var workspace = Workspace.Create(options);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };

        if (options.Runs("turns"))
            await TurnBenchmark.RunAsync(workspace, http, report);
        if (options.Runs("coldstart"))
            await ColdStartBenchmark.RunAsync(workspace, http, report);
        if (options.Runs("broadcast"))
            await BroadcastBenchmark.RunAsync(workspace, report);
        if (options.Runs("comments"))
            report.NotMeasured("comments", "not written yet: the comment card action reached main at the end of this work (see docs/benchmarks.md)");

        report.PrintSummary();
        return report.ExitCode;
    }
}
