namespace WorkingParty.LoadTest.Reporting;

/// <summary>
/// What the run found, printed as it goes and summed up at the end. Targets (speed, memory) are reported as met or
/// missed; bounds (lost, duplicated) decide the exit code.
/// </summary>
public sealed class LoadTestReport
{
    private readonly List<string> _verdicts = [];
    private readonly List<string> _exceeded = [];

    public int ExitCode => _exceeded.Count == 0 ? 0 : 1;

    public static void Section(string title) => Console.WriteLine($"{Environment.NewLine}== {title} ==");

    public static void Line(string text) => Console.WriteLine("  " + text);

    public void Target(string what, bool met, string detail) => Verdict($"[{(met ? "met" : "MISSED")}] {what}: {detail}");

    /// <summary>A count that must not exceed <paramref name="bound"/> (lost, duplicated); exceeding it fails the run.</summary>
    public void Bound(string what, long value, long bound)
    {
        var within = value <= bound;
        Verdict($"[{(within ? "ok" : "EXCEEDED")}] {what}: {value} (bound {bound})");
        if (!within)
            _exceeded.Add(what);
    }

    /// <summary>A part that could not be measured, with the reason.</summary>
    public void NotMeasured(string what, string why) => Verdict($"[not measured] {what}: {why}");

    public void PrintSummary()
    {
        Section("Summary");
        foreach (var verdict in _verdicts)
            Line(verdict);
        Line(ExitCode == 0 ? "All loss and duplicate bounds held." : "Bounds exceeded: " + string.Join(", ", _exceeded));
    }

    private void Verdict(string text)
    {
        _verdicts.Add(text);
        Line(text);
    }
}
