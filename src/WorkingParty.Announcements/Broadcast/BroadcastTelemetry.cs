using System.Diagnostics;
using System.Diagnostics.Metrics;
using WorkingParty.Telemetry;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// The spans and metrics of sending announcements (each send, its outcome, 429s and retries), under
/// <c>WorkingParty.Announcements</c> (<see cref="TelemetrySource"/>).
/// </summary>
internal static class BroadcastTelemetry
{
    private static readonly TelemetrySource Telemetry = new("WorkingParty.Announcements");

    public static readonly ActivitySource Source = Telemetry.Activities;

    private static readonly TimedCounter Sends = Telemetry.TimedCounter(
        "workingparty.broadcast.sends", "{send}", "Announcement sends to one conversation, by outcome (delivered, throttled, transient, permanent)",
        "workingparty.broadcast.send.duration", "How long the Bot Connector took to answer one send, by outcome");

    private static readonly Counter<long> Retries =
        Telemetry.Meter.CreateCounter<long>("workingparty.broadcast.retries", "{retry}", "Sends put back to be tried again, by the outcome that made them wait");

    private static readonly Counter<long> GaveUp =
        Telemetry.Meter.CreateCounter<long>("workingparty.broadcast.gave_up", "{send}", "Sends abandoned after the last attempt, by the last outcome");

    public static Activity? StartSend(OutboxItem item) =>
        Source.StartActivity("send announcement")
            ?.SetTag("workingparty.announcement", item.AnnouncementId)
            .SetTag("workingparty.attempt", item.Attempts);

    public static void RecordSend(Activity? activity, SendOutcome outcome, TimeSpan took)
    {
        var name = NameOf(outcome);
        activity?.SetTag("workingparty.outcome", name).SetTag("http.response.status_code", StatusOf(outcome));
        if (outcome is SendOutcome.Throttled { RetryAfter: { } retryAfter })
            activity?.SetTag("workingparty.retry_after", retryAfter.TotalSeconds);
        if (outcome is not SendOutcome.Delivered)
            activity?.SetStatus(ActivityStatusCode.Error, outcome.Describe());
        Sends.Record(took, new TagList { { "workingparty.outcome", name } });
    }

    public static void RecordRetry(Activity? activity, SendOutcome outcome, DateTimeOffset due)
    {
        activity?.SetTag("workingparty.retry_at", due.ToString("O"));
        Retries.Add(1, new KeyValuePair<string, object?>("workingparty.outcome", NameOf(outcome)));
    }

    public static void RecordGaveUp(Activity? activity, SendOutcome outcome)
    {
        activity?.SetTag("workingparty.gave_up", true);
        GaveUp.Add(1, new KeyValuePair<string, object?>("workingparty.outcome", NameOf(outcome)));
    }

    private static string NameOf(SendOutcome outcome) => outcome switch
    {
        SendOutcome.Delivered => "delivered",
        SendOutcome.Throttled => "throttled",
        SendOutcome.TransientFailure => "transient",
        _ => "permanent",
    };

    private static int? StatusOf(SendOutcome outcome) => outcome switch
    {
        SendOutcome.Delivered => null,
        SendOutcome.Throttled => 429,
        SendOutcome.TransientFailure { Status: > 0 and var status } => status,
        SendOutcome.PermanentFailure { Status: var status } => status,
        _ => null,
    };
}
