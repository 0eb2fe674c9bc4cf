using WorkingParty.LoadTest.Broadcast;
using WorkingParty.LoadTest.ColdStart;
using WorkingParty.LoadTest.Comments;
using WorkingParty.LoadTest.MyComments;
using WorkingParty.LoadTest.Reporting;
using WorkingParty.LoadTest.Setup;
using WorkingParty.LoadTest.Turns;

namespace WorkingParty.LoadTest;

/// <summary>Runs the selected parts against freshly started processes and prints the figures; exit code 1 when a bound is exceeded.</summary>
public static class LoadTestCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (LoadTestOptions.Parse(args) is not { } options)
            return 2;

        Console.WriteLine($"Load test ({Binaries.Configuration}), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, " +
            $".NET {Environment.Version}; parts: {string.Join(", ", LoadTestOptions.Parts.Concat(LoadTestOptions.OnRequest).Where(options.Runs))}");
        var report = new LoadTestReport();
        using var workspace = Workspace.Create(options);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(180) };

        if (options.Runs("turns"))
            await TurnBenchmark.RunAsync(workspace, http, report);
        if (options.Runs("coldstart"))
            await ColdStartBenchmark.RunAsync(workspace, http, report);
        if (options.Runs("broadcast"))
            await BroadcastBenchmark.RunAsync(workspace, report);
        if (options.Runs("comments"))
            await CommentsBenchmark.RunAsync(workspace, report);
        if (options.Runs("mycomments"))
            await MyCommentsBenchmark.RunAsync(workspace, report);

        report.PrintSummary();
        return report.ExitCode;
    }
}
