using System.Diagnostics;
using WorkingParty.LoadTest.Processes;
using WorkingParty.LoadTest.Reporting;
using WorkingParty.LoadTest.Setup;
using WorkingParty.LoadTest.Turns;

namespace WorkingParty.LoadTest.ColdStart;

/// <summary>
/// Part 2: process start to first answered question with the corpus, on an empty store (the bot ingests the minutes
/// folder) and again on the store that start left (a restart); then the working set after a warm-up. Measured on the
/// plain build the other parts run and on the deployed build (the ReadyToRun publish); the targets are judged on the
/// deployed one.
/// </summary>
public static class ColdStartBenchmark
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);
    private const int WarmUpTurns = 500;
    private const double TargetSeconds = 2;
    private const double TargetMegabytes = 300;

    // The first question, and what shows its answer is a real one: a deadline cited by meeting and item.
    private const string FirstQuestion = "what deadlines are open?";
    private const string Citation = "meeting of";

    public static async Task RunAsync(Workspace workspace, HttpClient http, LoadTestReport report)
    {
        LoadTestReport.Section($"Cold start: {workspace.Options.Meetings} generated meetings + samples");
        var publishing = Stopwatch.StartNew();
        var deployed = await DeployedBot.PublishAsync();
        LoadTestReport.Line($"deployed build: {DeployedBot.Command} ({publishing.Elapsed.TotalSeconds:0.0} s)");
        await using var connector = await ReplyConnector.StartAsync();

        await MeasureAsync("plain bin/Release", Binaries.Bot, workspace, http, connector);
        var (empty, restart, megabytes) = await MeasureAsync("deployed R2R", deployed, workspace, http, connector);

        LoadTestReport.Line("The targets are judged on the deployed build (the ReadyToRun publish of docs/deployment.md), not the plain build.");
        report.Target("cold start < 2 s, deployed R2R build, empty store", empty.Seconds < TargetSeconds, $"{empty.Seconds:0.000} s");
        report.Target("cold start < 2 s, deployed R2R build, restart", restart.Seconds < TargetSeconds, $"{restart.Seconds:0.000} s");
        report.Target("working set < 300 MB, deployed R2R build", megabytes < TargetMegabytes, $"{megabytes:0} MB");
    }

    /// <summary>One build: a start on an empty store, a restart on the store it left, then the warm working set.</summary>
    private static async Task<(FirstAnswer Empty, FirstAnswer Restart, double WarmMegabytes)> MeasureAsync(
        string build, string dll, Workspace workspace, HttpClient http, ReplyConnector connector)
    {
        var store = workspace.NewFolder("coldstart-store");
        FirstAnswer empty;
        await using (var bot = BotProcess.Start(dll, workspace.BotEnvironment(store)))
            empty = await FirstAnswerAsync(bot, new TurnDriver(http, bot.MessagesUrl, connector));
        LoadTestReport.Line($"{build,-17} empty store (ingests the folder): {empty.Describe()}");

        await using var restarted = BotProcess.Start(dll, workspace.BotEnvironment(store));
        var driver = new TurnDriver(http, restarted.MessagesUrl, connector);
        var restart = await FirstAnswerAsync(restarted, driver);
        LoadTestReport.Line($"{build,-17} restart on the stored minutes:    {restart.Describe()}");
        for (var i = 0; i < WarmUpTurns; i++)
            await driver.TurnAsync(1 + i % workspace.Options.Concurrency);
        var megabytes = restarted.Process.WorkingSetBytes / 1048576.0;
        LoadTestReport.Line($"{build,-17} working set after {WarmUpTurns} questions: {megabytes:0} MB");
        return (empty, restart, megabytes);
    }

    private static async Task<FirstAnswer> FirstAnswerAsync(BotProcess bot, TurnDriver driver)
    {
        while (Stopwatch.GetElapsedTime(bot.Process.StartedAt) < GiveUpAfter)
        {
            if (bot.Process.HasExited)
                throw new InvalidOperationException("The bot exited while starting:\n" + bot.Process.RecentOutput());
            var (outcome, summary) = await driver.AskAsync(FirstQuestion);
            if (outcome.Result == TurnResult.Answered && summary?.Contains(Citation, StringComparison.Ordinal) != true)
                throw new InvalidOperationException($"The first reply is not a real answer (no \"{Citation}\" citation): {summary}");
            if (outcome.Result == TurnResult.Answered)
                return new FirstAnswer(Stopwatch.GetElapsedTime(bot.Process.StartedAt), bot.Process.CpuTime, bot.Process.WorkingSetBytes);
            await Task.Delay(5);
        }

        throw new TimeoutException($"No answer within {GiveUpAfter.TotalSeconds} s:\n" + bot.Process.RecentOutput());
    }

    private sealed record FirstAnswer(TimeSpan Elapsed, TimeSpan Cpu, long WorkingSetBytes)
    {
        public double Seconds => Elapsed.TotalSeconds;

        public string Describe() =>
            $"first answer after {Seconds:0.000} s, {Cpu.TotalSeconds:0.000} s CPU, working set {WorkingSetBytes / 1048576.0:0} MB";
    }
}
