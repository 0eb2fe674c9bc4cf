using System.Diagnostics;
using System.Diagnostics.Metrics;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Minutes.Reading;

/// <summary>
/// The spans and metrics of ingestion (reading minutes files, storing a folder of them), through the runtime's
/// <see cref="ActivitySource"/> and <see cref="Meter"/>: the host decides whether they are collected and where they go.
/// </summary>
internal static class ReadingTelemetry
{
    public const string Name = "WorkingParty.Minutes";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Files =
        Meter.CreateCounter<long>("workingparty.minutes.files", "{file}", "Minutes files read, by format and outcome (read, or the rejection's reason)");

    private static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("workingparty.minutes.read.duration", "s", "How long reading one minutes file took, by format and outcome");

    public static void RecordFile(Activity? activity, string path, MinutesParseResult result, TimeSpan took)
    {
        var format = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        var outcome = result.Rejection is { } rejection ? rejection.Reason.ToString() : "read";
        activity?.SetTag("workingparty.minutes.format", format).SetTag("workingparty.outcome", outcome)
            .SetTag("workingparty.meeting", result.Meeting?.Id);
        var tags = new TagList { { "workingparty.minutes.format", format }, { "workingparty.outcome", outcome } };
        Files.Add(1, tags);
        Duration.Record(took.TotalSeconds, tags);
    }

    public static void RecordFolder(Activity? activity, IngestReport report) =>
        activity?.SetTag("workingparty.minutes.stored", report.Stored.Count)
            .SetTag("workingparty.minutes.unchanged", report.Unchanged.Count)
            .SetTag("workingparty.minutes.rejected", report.Rejected.Count);
}
