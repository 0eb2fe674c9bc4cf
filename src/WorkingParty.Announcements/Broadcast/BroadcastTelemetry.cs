using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// The spans and metrics of sending announcements (each send, its outcome, 429s and retries), through the runtime's
/// <see cref="ActivitySource"/> and <see cref="Meter"/>: the host decides whether they are collected and where they go.
/// </summary>
internal static class BroadcastTelemetry
{
    public const string Name = "WorkingParty.Announcements";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Sends =
        Meter.CreateCounter<long>("workingparty.broadcast.sends", "{send}", "Announcement sends to one conversation, by outcome (delivered, throttled, transient, permanent)");

    private static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("workingparty.broadcast.send.duration", "s", "How long the Bot Connector took to answer one send, by outcome");

    private static readonly Counter<long> Retries =
        Meter.CreateCounter<long>("workingparty.broadcast.retries", "{retry}", "Sends put back to be tried again, by the outcome that made them wait");

    private static readonly Counter<long> GaveUp =
        Meter.CreateCounter<long>("workingparty.broadcast.gave_up", "{send}", "Sends abandoned after the last attempt, by the last outcome");

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
        Sends.Add(1, new KeyValuePair<string, object?>("workingparty.outcome", name));
        Duration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("workingparty.outcome", name));
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
