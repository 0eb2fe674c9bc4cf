namespace WorkingParty.LoadTest.Turns;

/// <summary>The outcomes of one measured run of turns.</summary>
public sealed class TurnRun(IReadOnlyCollection<TurnOutcome> outcomes, TimeSpan elapsed)
{
    private readonly double[] _sortedMilliseconds = outcomes
        .Where(o => o.Result == TurnResult.Answered).Select(o => o.Latency.TotalMilliseconds).Order().ToArray();

    public int Sent => outcomes.Count;

    public int Answered => _sortedMilliseconds.Length;

    public int Failed => Sent - Answered;

    public TimeSpan Elapsed => elapsed;

    public double TurnsPerSecond => Answered / elapsed.TotalSeconds;

    /// <summary>The latency (ms) below which <paramref name="fraction"/> of the answered turns fall (nearest rank).</summary>
    public double Percentile(double fraction) => _sortedMilliseconds.Length == 0
        ? double.NaN
        : _sortedMilliseconds[Math.Clamp((int)Math.Ceiling(fraction * _sortedMilliseconds.Length) - 1, 0, _sortedMilliseconds.Length - 1)];

    public string Describe() =>
        $"{TurnsPerSecond,8:0.0} turns/s  p50 {Percentile(0.50),7:0.00} ms  p95 {Percentile(0.95),7:0.00} ms  p99 {Percentile(0.99),7:0.00} ms  " +
        $"({Answered} answered, {Failed} failed, {elapsed.TotalSeconds:0.0} s)";
}
