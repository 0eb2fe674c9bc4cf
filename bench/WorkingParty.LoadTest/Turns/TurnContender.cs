using WorkingParty.LoadTest.Processes;

namespace WorkingParty.LoadTest.Turns;

/// <summary>
/// One of the processes compared (a bot or the echo baseline), already started: its peak rounds, taken in
/// turn with the others', and the CPU time they cost it.
/// </summary>
public sealed class TurnContender(string name, BotProcess process, TurnDriver driver)
{
    private readonly List<TurnRun> _peaks = [];
    private TimeSpan _peakCpu;

    public string Name => name;

    public BotProcess Process => process;

    public TurnDriver Driver => driver;

    /// <summary>Every peak round together, as if one run.</summary>
    public TurnRun Peak => TurnRun.Merge(_peaks);

    public double CpuMillisecondsPerTurn => _peakCpu.TotalMilliseconds / Peak.Answered;

    public async Task<TurnRun> PeakRoundAsync(int delegates, TimeSpan duration)
    {
        var cpuBefore = process.Process.CpuTime;
        var round = await driver.ClosedLoopAsync(delegates, duration);
        _peakCpu += process.Process.CpuTime - cpuBefore;
        _peaks.Add(round);
        return round;
    }
}
