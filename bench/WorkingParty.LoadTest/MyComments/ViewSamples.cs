namespace WorkingParty.LoadTest.MyComments;

/// <summary>
/// How long "my comments" took to answer, one after another and all at once, and the bot's CPU time for those answers (which
/// the neighbours on a shared machine change less than the latency). Batches add up.
/// </summary>
public sealed record ViewSamples(IReadOnlyList<double> SequentialMs, IReadOnlyList<double> ConcurrentMs, double CpuMs, int Answers)
{
    public static ViewSamples None { get; } = new([], [], 0, 0);

    public double CpuPerAnswerMs => CpuMs / Answers;

    public double Median => Percentile(SequentialMs, 0.5);

    public double P95 => Percentile(SequentialMs, 0.95);

    public double ConcurrentMedian => Percentile(ConcurrentMs, 0.5);

    public ViewSamples Add(ViewSamples batch) =>
        new([.. SequentialMs, .. batch.SequentialMs], [.. ConcurrentMs, .. batch.ConcurrentMs], CpuMs + batch.CpuMs, Answers + batch.Answers);

    public override string ToString() =>
        $"{Answers} answers; one at a time median {Median:N1} ms, p95 {P95:N1} ms; ten at once median {ConcurrentMedian:N1} ms; bot CPU {CpuPerAnswerMs:N2} ms an answer";

    private static double Percentile(IReadOnlyList<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(share * sorted.Count) - 1)];
    }
}
