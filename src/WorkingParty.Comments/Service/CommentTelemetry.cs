using System.Diagnostics;
using WorkingParty.Telemetry;

namespace WorkingParty.Comments.Service;

/// <summary>
/// The spans and metrics of written comments (submit, edit, withdraw, accept late), under <c>WorkingParty.Comments</c>
/// (<see cref="TelemetrySource"/>).
/// A comment's text and its author are never recorded.
/// </summary>
internal static class CommentTelemetry
{
    private static readonly TelemetrySource Telemetry = new("WorkingParty.Comments");

    private static readonly ActivitySource Source = Telemetry.Activities;

    private static readonly TimedCounter Changes = Telemetry.TimedCounter(
        "workingparty.comments", "{comment}", "Comments submitted, edited, withdrawn and accepted late, by operation and outcome",
        "workingparty.comment.duration", "How long storing a comment's change took, by operation and outcome");

    /// <summary>Runs one change to a comment as a span named after <paramref name="operation"/>, and counts its outcome.</summary>
    public static async Task<CommentResult> TraceAsync(string operation, string deadlineId, Func<Task<CommentResult>> change)
    {
        using var activity = Source.StartActivity($"{operation} comment")?.SetTag("workingparty.deadline", deadlineId);
        var started = Stopwatch.GetTimestamp();
        var result = await change().ConfigureAwait(false);
        var outcome = result switch
        {
            CommentResult.Accepted => "accepted",
            CommentResult.Conflict => "conflict",
            _ => "rejected",
        };
        activity?.SetTag("workingparty.outcome", outcome);
        var tags = new TagList { { "workingparty.operation", operation }, { "workingparty.outcome", outcome } };
        Changes.Record(Stopwatch.GetElapsedTime(started), tags);
        return result;
    }
}
