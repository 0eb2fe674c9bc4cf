using WorkingParty.LoadTest.Processes;
using WorkingParty.LoadTest.Reporting;
using WorkingParty.LoadTest.Setup;

namespace WorkingParty.LoadTest.Turns;

/// <summary>
/// Part 1: turn throughput and latency of the real bot against the echo baseline on the same SDK, adapter and host,
/// all measured in this run. The bot runs twice: as configured (replies to repeated questions kept) and with
/// <c>Questions:KeptReplies=0</c>, composing and rendering every answer, since the question mix repeats a few phrasings.
/// The processes run side by side; their peak rounds (closed loop, N delegates) go echo, bot, fresh, then the other way
/// round, and so on, so that a neighbour's burst on a shared machine weighs on all alike. Then a run of each at half
/// its peak rate.
/// </summary>
public static class TurnBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private const int RoundPairs = 3;
    private const double TargetRatio = 0.9;
    private const double TargetP99Milliseconds = 25;

    public static async Task RunAsync(Workspace workspace, HttpClient http, LoadTestReport report)
    {
        var options = workspace.Options;
        var round = TimeSpan.FromSeconds((double)options.Seconds / RoundPairs);
        LoadTestReport.Section($"Turns: {options.Concurrency} delegates, {RoundPairs} alternating peak rounds of {round.TotalSeconds:0.#} s each, " +
            $"{options.Meetings} generated meetings + samples");
        await using var connector = await ReplyConnector.StartAsync();
        await using var echoProcess = BotProcess.Start(Binaries.EchoBot, workspace.BotEnvironment(workspace.NewFolder("echo-store")));
        await using var botProcess = BotProcess.Start(Binaries.Bot, workspace.BotEnvironment(workspace.NewFolder("bot-store")));
        var freshEnvironment = workspace.BotEnvironment(workspace.NewFolder("fresh-store"));
        freshEnvironment["Questions__KeptReplies"] = "0";
        await using var freshProcess = BotProcess.Start(Binaries.Bot, freshEnvironment);
        var echo = new TurnContender("echo", echoProcess, new TurnDriver(http, echoProcess.MessagesUrl, connector));
        var bot = new TurnContender("bot", botProcess, new TurnDriver(http, botProcess.MessagesUrl, connector));
        var fresh = new TurnContender("fresh", freshProcess, new TurnDriver(http, freshProcess.MessagesUrl, connector));
        TurnContender[] all = [echo, bot, fresh];
        foreach (var contender in all)
        {
            await contender.Process.WaitUntilHealthyAsync(http, TimeSpan.FromSeconds(60));
            await contender.Driver.ClosedLoopAsync(options.Concurrency, WarmUp);
        }

        for (var pair = 0; pair < RoundPairs; pair++)
        {
            foreach (var contender in pair % 2 == 0 ? all : all.Reverse())
                LoadTestReport.Line($"{contender.Name,-5} peak round {pair + 1}  {(await contender.PeakRoundAsync(options.Concurrency, round)).Describe()}");
        }

        var (echoHalf, botHalf, freshHalf) = (await HalfRateAsync(echo, options), await HalfRateAsync(bot, options), await HalfRateAsync(fresh, options));
        foreach (var (contender, half) in new[] { (echo, echoHalf), (bot, botHalf), (fresh, freshHalf) })
        {
            LoadTestReport.Line($"{contender.Name,-5} peak      {contender.Peak.Describe()}  CPU {contender.CpuMillisecondsPerTurn:0.00} ms/turn");
            LoadTestReport.Line($"{contender.Name,-5} half rate {half.Describe()}");
            LoadTestReport.Line($"{contender.Name,-5} working set after the runs: {contender.Process.Process.WorkingSetBytes / 1048576.0:0} MB");
        }

        var ratio = bot.Peak.TurnsPerSecond / echo.Peak.TurnsPerSecond;
        LoadTestReport.Line($"ratio bot/echo: throughput {ratio:0.000}, p50 {bot.Peak.Percentile(0.5) / echo.Peak.Percentile(0.5):0.00}x, " +
            $"p99 {bot.Peak.Percentile(0.99) / echo.Peak.Percentile(0.99):0.00}x, CPU per turn {bot.CpuMillisecondsPerTurn / echo.CpuMillisecondsPerTurn:0.00}x");
        var freshRatio = fresh.Peak.TurnsPerSecond / echo.Peak.TurnsPerSecond;
        LoadTestReport.Line($"ratio fresh/echo (every answer composed): throughput {freshRatio:0.000}, " +
            $"CPU per turn {fresh.CpuMillisecondsPerTurn / echo.CpuMillisecondsPerTurn:0.00}x; fresh p99 at half its peak {freshHalf.Percentile(0.99):0.00} ms");
        report.Target("turn throughput >= 0.9 x echo", ratio >= TargetRatio, $"{ratio:0.000} ({bot.Peak.TurnsPerSecond:0} vs {echo.Peak.TurnsPerSecond:0} turns/s)");
        report.Target("turn throughput >= 0.9 x echo, every answer composed", freshRatio >= TargetRatio,
            $"{freshRatio:0.000} ({fresh.Peak.TurnsPerSecond:0} vs {echo.Peak.TurnsPerSecond:0} turns/s)");
        var p99 = botHalf.Percentile(0.99);
        report.Target("bot p99 < 25 ms at half its peak rate", p99 < TargetP99Milliseconds, $"{p99:0.00} ms at {botHalf.TurnsPerSecond:0} turns/s");
        foreach (var (contender, half) in new[] { (echo, echoHalf), (bot, botHalf), (fresh, freshHalf) })
            report.Bound($"turns lost or rejected ({contender.Name})", contender.Peak.Failed + half.Failed, 0);
        report.Bound("replies to nothing (duplicated or late)", connector.Unexpected, 0);
        foreach (var contender in all)
        {
            // The error handler answers a failed turn too ("something went wrong"), so a reply alone does not prove an answer.
            report.Bound($"turns failed inside the {contender.Name} (errors it logged)", contender.Process.Process.ErrorsLogged, 0);
            if (contender.Process.Process.FirstError() is { Length: > 0 } first)
                LoadTestReport.Line($"first error logged by the {contender.Name}:{Environment.NewLine}{first}");
        }

        LoadTestReport.Line($"typing indicators received (sent when an answer takes over 400 ms): {connector.Typing}");
    }

    private static Task<TurnRun> HalfRateAsync(TurnContender contender, LoadTestOptions options) =>
        contender.Driver.FixedRateAsync(contender.Peak.TurnsPerSecond / 2, TimeSpan.FromSeconds(options.Seconds), options.Concurrency);
}
