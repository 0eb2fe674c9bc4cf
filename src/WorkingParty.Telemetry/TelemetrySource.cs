using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkingParty.Telemetry;

/// <summary>
/// The spans and metrics of one part of the bot: an <see cref="ActivitySource"/> and a <see cref="Meter"/> under the
/// same <c>WorkingParty.*</c> name, through the runtime's own types: the host decides whether they are collected and
/// where they go.
/// </summary>
public sealed class TelemetrySource(string name)
{
    public string Name { get; } = name;

    public ActivitySource Activities { get; } = new(name);

    public Meter Meter { get; } = new(name);

    /// <summary>
    /// A counter of one kind of work (<paramref name="counterName"/>, in <paramref name="unit"/>) and a histogram of
    /// how long each took, in seconds (<paramref name="durationName"/>), recorded together under the same tags.
    /// </summary>
    public TimedCounter TimedCounter(string counterName, string unit, string counterDescription, string durationName, string durationDescription) =>
        new(Meter.CreateCounter<long>(counterName, unit, counterDescription), Meter.CreateHistogram<double>(durationName, "s", durationDescription));
}
