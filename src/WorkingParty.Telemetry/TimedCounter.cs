using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkingParty.Telemetry;

/// <summary>A count of some work and how long each took (<see cref="TelemetrySource.TimedCounter"/>).</summary>
public sealed class TimedCounter(Counter<long> count, Histogram<double> duration)
{
    /// <summary>Counts one piece of work and records how long it took, both under <paramref name="tags"/>.</summary>
    public void Record(TimeSpan took, in TagList tags)
    {
        count.Add(1, tags);
        duration.Record(took.TotalSeconds, tags);
    }
}
