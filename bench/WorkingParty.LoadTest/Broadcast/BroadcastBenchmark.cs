using System.Diagnostics;
using System.Globalization;
using WorkingParty.LoadTest.Processes;
using WorkingParty.LoadTest.Reporting;
using WorkingParty.LoadTest.Setup;

namespace WorkingParty.LoadTest.Broadcast;

/// <summary>
/// Part 3: one announcement to N recipients through the announcements outbox, sent by a separate process against a
/// rate-limited fake Bot Connector; then the same with the sender SIGKILLed halfway and started again.
/// Elapsed is measured from the sender's start (planning included) to the last accepted message.
/// </summary>
public static class BroadcastBenchmark
{
    private const double TargetRatio = 1.1;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(Workspace workspace, LoadTestReport report)
    {
        var options = workspace.Options;
        var ideal = TimeSpan.FromSeconds((double)options.Recipients / options.RatePerSecond);
        LoadTestReport.Section($"Broadcast: {options.Recipients} recipients, limit {options.RatePerSecond}/s, ideal {ideal.TotalSeconds:0.0} s, file store");
        await using var connector = await RateLimitedConnector.StartAsync(options.RatePerSecond);

        var plain = await SendAsync(workspace, connector, killHalfway: false);
        Describe("without a crash", plain, ideal);
        report.Target("broadcast within 1.1 x ideal", plain.Elapsed <= ideal * TargetRatio, $"{plain.Elapsed.TotalSeconds:0.0} s = {plain.Elapsed / ideal:0.00} x ideal");
        report.Bound("broadcast lost", plain.Lost, 0);
        report.Bound("broadcast duplicated", plain.Duplicated, 0);

        var killed = await SendAsync(workspace, connector, killHalfway: true);
        Describe($"sender SIGKILLed at {killed.ReachedAtKill} sent, {killed.InFlightAtKill} in flight", killed, ideal);
        report.Bound("broadcast lost after SIGKILL", killed.Lost, 0);
        report.Bound("broadcast duplicated after SIGKILL (bound: sends in flight)", killed.Duplicated, killed.InFlightAtKill);
    }

    private static void Describe(string title, BroadcastRun run, TimeSpan ideal) => LoadTestReport.Line(
        $"{title}: elapsed {run.Elapsed.TotalSeconds:0.0} s ({run.Elapsed / ideal:0.00} x ideal), first send after {run.FirstSend.TotalSeconds:0.0} s, " +
        $"sending {run.Sending.TotalSeconds:0.0} s ({run.Sending / ideal:0.00} x ideal), " +
        $"reached {run.Reached}, sent {run.Accepted}, lost {run.Lost}, duplicated {run.Duplicated}, 429s {run.Throttled}");

    private static async Task<BroadcastRun> SendAsync(Workspace workspace, RateLimitedConnector connector, bool killHalfway)
    {
        var options = workspace.Options;
        var store = workspace.NewFolder("broadcast-store");
        await BroadcastSeed.WriteAsync(store, options.Recipients, connector.ServiceUrl);
        connector.Reset();
        var giveUp = TimeSpan.FromSeconds(3.0 * options.Recipients / options.RatePerSecond + 120);
        string[] arguments = [BroadcastSenderHost.Verb, "--store", store, "--rate", options.RatePerSecond.ToString(CultureInfo.InvariantCulture)];

        var sender = ChildProcess.Start(Binaries.LoadTest, arguments, new Dictionary<string, string>());
        var started = sender.StartedAt;
        var firstSend = await WaitAsync(() => connector.Reached >= 1, started, giveUp);
        var (reachedAtKill, inFlightAtKill) = (0, 0);
        try
        {
            if (killHalfway)
            {
                await WaitAsync(() => connector.Reached >= options.Recipients / 2, started, giveUp);
                sender.Kill();
                await sender.DisposeAsync();
                reachedAtKill = connector.Reached;
                inFlightAtKill = await BroadcastSeed.ClaimedPendingAsync(store);
                sender = ChildProcess.Start(Binaries.LoadTest, arguments, new Dictionary<string, string>());
            }

            await WaitAsync(() => connector.Reached >= options.Recipients || sender.HasExited, started, giveUp);
            await Task.Delay(Settle);
            if (sender.HasExited)
                LoadTestReport.Line("the sender exited early:\n" + sender.RecentOutput());
        }
        finally
        {
            await sender.StopGentlyAsync(TimeSpan.FromSeconds(10));
            await sender.DisposeAsync();
        }

        var elapsed = connector.LastAcceptedAt == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started, connector.LastAcceptedAt);
        return new BroadcastRun(options.Recipients, connector.Reached, connector.AcceptedMessages, connector.Throttled, elapsed, firstSend,
            reachedAtKill, inFlightAtKill);
    }

    /// <summary>Polls until the condition holds or the time since <paramref name="started"/> runs out; returns that time.</summary>
    private static async Task<TimeSpan> WaitAsync(Func<bool> condition, long started, TimeSpan giveUp)
    {
        while (!condition() && Stopwatch.GetElapsedTime(started) < giveUp)
            await Task.Delay(10);
        return Stopwatch.GetElapsedTime(started);
    }
}
