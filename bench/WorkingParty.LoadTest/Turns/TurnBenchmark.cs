using WorkingParty.LoadTest.Processes;
using WorkingParty.LoadTest.Reporting;
using WorkingParty.LoadTest.Setup;

namespace WorkingParty.LoadTest.Turns;

/// <summary>
/// Part 1: turn throughput and latency of the real bot against the echo baseline on the same SDK, adapter and host,
/// both measured in this run: a peak run (closed loop, N delegates) and a run at half of that peak rate.
/// </summary>
public static class TurnBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private const double TargetRatio = 0.9;
    private const double TargetP99Milliseconds = 25;

    public static async Task RunAsync(Workspace workspace, HttpClient http, LoadTestReport report)
    {
        var options = workspace.Options;
        LoadTestReport.Section($"Turns: {options.Concurrency} delegates, {options.Seconds} s per run, {options.Meetings} generated meetings + samples");
        await using var connector = await ReplyConnector.StartAsync();
        var echo = await MeasureAsync("echo", Binaries.EchoBot, workspace, http, connector);
        var bot = await MeasureAsync("bot", Binaries.Bot, workspace, http, connector);

        var ratio = bot.Peak.TurnsPerSecond / echo.Peak.TurnsPerSecond;
        LoadTestReport.Line($"ratio bot/echo: throughput {ratio:0.000}, p50 {bot.Peak.Percentile(0.5) / echo.Peak.Percentile(0.5):0.00}x, " +
            $"p99 {bot.Peak.Percentile(0.99) / echo.Peak.Percentile(0.99):0.00}x");
        report.Target("turn throughput >= 0.9 x echo", ratio >= TargetRatio, $"{ratio:0.000} ({bot.Peak.TurnsPerSecond:0} vs {echo.Peak.TurnsPerSecond:0} turns/s)");
        var p99 = bot.HalfRate.Percentile(0.99);
        report.Target("bot p99 < 25 ms at half its peak rate", p99 < TargetP99Milliseconds, $"{p99:0.00} ms at {bot.HalfRate.TurnsPerSecond:0} turns/s");
        report.Bound("turns lost or rejected (bot)", bot.Peak.Failed + bot.HalfRate.Failed, 0);
        report.Bound("turns lost or rejected (echo)", echo.Peak.Failed + echo.HalfRate.Failed, 0);
        report.Bound("replies to nothing (duplicated or late)", connector.Unexpected, 0);
        LoadTestReport.Line($"typing indicators received (sent when an answer takes over 400 ms): {connector.Typing}");
    }

    private static async Task<(TurnRun Peak, TurnRun HalfRate)> MeasureAsync(
        string name, string dll, Workspace workspace, HttpClient http, ReplyConnector connector)
    {
        var options = workspace.Options;
        await using var bot = BotProcess.Start(dll, workspace.BotEnvironment(workspace.NewFolder(name + "-store")));
        await bot.WaitUntilHealthyAsync(http, TimeSpan.FromSeconds(60));
        var driver = new TurnDriver(http, bot.MessagesUrl, connector);
        await driver.ClosedLoopAsync(options.Concurrency, WarmUp);

        var cpuBefore = bot.Process.CpuTime;
        var peak = await driver.ClosedLoopAsync(options.Concurrency, TimeSpan.FromSeconds(options.Seconds));
        var cpuPerTurn = (bot.Process.CpuTime - cpuBefore).TotalMilliseconds / peak.Answered;
        LoadTestReport.Line($"{name,-5} peak      {peak.Describe()}  CPU {cpuPerTurn:0.00} ms/turn");
        var half = await driver.FixedRateAsync(peak.TurnsPerSecond / 2, TimeSpan.FromSeconds(options.Seconds), options.Concurrency);
        LoadTestReport.Line($"{name,-5} half rate {half.Describe()}");
        LoadTestReport.Line($"{name,-5} working set after the runs: {bot.Process.WorkingSetBytes / 1048576.0:0} MB");
        return (peak, half);
    }
}
