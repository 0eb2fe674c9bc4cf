using System.Diagnostics;
using WorkingParty.LoadTest.Processes;
using WorkingParty.LoadTest.Reporting;
using WorkingParty.LoadTest.Setup;
using WorkingParty.LoadTest.Turns;

namespace WorkingParty.LoadTest.ColdStart;

/// <summary>
/// Part 2: process start to first answered question with the corpus, on an empty store (the bot ingests the minutes
/// folder) and again on the store that start left (a restart); then the working set after a warm-up.
/// </summary>
public static class ColdStartBenchmark
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);
    private const int WarmUpTurns = 500;
    private const double TargetSeconds = 2;
    private const double TargetMegabytes = 300;

    public static async Task RunAsync(Workspace workspace, HttpClient http, LoadTestReport report)
    {
        LoadTestReport.Section($"Cold start: {workspace.Options.Meetings} generated meetings + samples");
        await using var connector = await ReplyConnector.StartAsync();
        var store = workspace.NewFolder("coldstart-store");

        var (first, firstCpu, _) = await StartAndAskAsync(workspace, store, http, connector, warmUp: false);
        LoadTestReport.Line($"empty store (ingests the folder): first answer after {first.TotalSeconds:0.000} s, {firstCpu.TotalSeconds:0.000} s CPU");
        var (restart, restartCpu, megabytes) = await StartAndAskAsync(workspace, store, http, connector, warmUp: true);
        LoadTestReport.Line($"restart on the stored minutes:    first answer after {restart.TotalSeconds:0.000} s, {restartCpu.TotalSeconds:0.000} s CPU");
        LoadTestReport.Line($"working set after {WarmUpTurns} questions: {megabytes:0} MB");

        report.Target("cold start < 2 s (empty store)", first.TotalSeconds < TargetSeconds, $"{first.TotalSeconds:0.000} s");
        report.Target("cold start < 2 s (restart)", restart.TotalSeconds < TargetSeconds, $"{restart.TotalSeconds:0.000} s");
        report.Target("working set < 300 MB", megabytes < TargetMegabytes, $"{megabytes:0} MB");
    }

    private static async Task<(TimeSpan FirstAnswer, TimeSpan CpuTime, double WorkingSetMegabytes)> StartAndAskAsync(
        Workspace workspace, string store, HttpClient http, ReplyConnector connector, bool warmUp)
    {
        await using var bot = BotProcess.Start(Binaries.Bot, workspace.BotEnvironment(store));
        var driver = new TurnDriver(http, bot.MessagesUrl, connector);
        var firstAnswer = await FirstAnswerAsync(bot, driver);
        var cpu = bot.Process.CpuTime;
        if (!warmUp)
            return (firstAnswer, cpu, 0);
        for (var i = 0; i < WarmUpTurns; i++)
            await driver.TurnAsync(1 + i % workspace.Options.Concurrency);
        return (firstAnswer, cpu, bot.Process.WorkingSetBytes / 1048576.0);
    }

    private static async Task<TimeSpan> FirstAnswerAsync(BotProcess bot, TurnDriver driver)
    {
        while (Stopwatch.GetElapsedTime(bot.Process.StartedAt) < GiveUpAfter)
        {
            if (bot.Process.HasExited)
                throw new InvalidOperationException("The bot exited while starting:\n" + bot.Process.RecentOutput());
            var outcome = await driver.TurnAsync(1);
            if (outcome.Result == TurnResult.Answered)
                return Stopwatch.GetElapsedTime(bot.Process.StartedAt);
            await Task.Delay(5);
        }

        throw new TimeoutException($"No answer within {GiveUpAfter.TotalSeconds} s:\n" + bot.Process.RecentOutput());
    }
}
