using System.Diagnostics;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Storage;
using WorkingParty.Telemetry;

namespace WorkingParty.Minutes.Reading;

/// <summary>
/// The spans and metrics of ingestion (reading minutes files, storing a folder of them), under
/// <c>WorkingParty.Minutes</c> (<see cref="TelemetrySource"/>).
/// </summary>
internal static class ReadingTelemetry
{
    private static readonly TelemetrySource Telemetry = new("WorkingParty.Minutes");

    public static readonly ActivitySource Source = Telemetry.Activities;

    private static readonly TimedCounter Files = Telemetry.TimedCounter(
        "workingparty.minutes.files", "{file}", "Minutes files read, by format and outcome (read, or the rejection's reason)",
        "workingparty.minutes.read.duration", "How long reading one minutes file took, by format and outcome");

    public static void RecordFile(Activity? activity, string path, MinutesParseResult result, TimeSpan took)
    {
        var format = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        var outcome = result.Rejection is { } rejection ? rejection.Reason.ToString() : "read";
        activity?.SetTag("workingparty.minutes.format", format).SetTag("workingparty.outcome", outcome)
            .SetTag("workingparty.meeting", result.Meeting?.Id);
        var tags = new TagList { { "workingparty.minutes.format", format }, { "workingparty.outcome", outcome } };
        Files.Record(took, tags);
    }

    public static void RecordFolder(Activity? activity, IngestReport report) =>
        activity?.SetTag("workingparty.minutes.stored", report.Stored.Count)
            .SetTag("workingparty.minutes.unchanged", report.Unchanged.Count)
            .SetTag("workingparty.minutes.rejected", report.Rejected.Count);
}
