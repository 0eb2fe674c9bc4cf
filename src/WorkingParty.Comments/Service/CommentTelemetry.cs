using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkingParty.Comments.Service;

/// <summary>
/// The spans and metrics of written comments (submit, edit, withdraw, accept late), through the runtime's
/// <see cref="ActivitySource"/> and <see cref="Meter"/>: the host decides whether they are collected and where they go.
/// A comment's text and its author are never recorded.
/// </summary>
internal static class CommentTelemetry
{
    public const string Name = "WorkingParty.Comments";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Changes =
        Meter.CreateCounter<long>("workingparty.comments", "{comment}", "Comments submitted, edited, withdrawn and accepted late, by operation and outcome");

    private static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("workingparty.comment.duration", "s", "How long storing a comment's change took, by operation and outcome");

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
        Changes.Add(1, tags);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        return result;
    }
}
