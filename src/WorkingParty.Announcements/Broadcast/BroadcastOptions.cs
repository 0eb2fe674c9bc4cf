using System.ComponentModel.DataAnnotations;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>The configuration section <c>Broadcast</c>.</summary>
public sealed class BroadcastOptions
{
    public const string Section = "Broadcast";

    /// <summary>
    /// Sends per second from this instance. Default 50: Microsoft's "Optimize your bot with rate limiting in Teams"
    /// (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit) gives 50 requests per second as the
    /// global limit per app per tenant. With several instances, give each its share.
    /// </summary>
    [Range(0.01, 10_000)]
    public double MessagesPerSecond { get; set; } = 50;

    /// <summary>Sends in flight at once; a send takes longer than the gap between two sends.</summary>
    [Range(1, 1_000)]
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Attempts per recipient before it counts as failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry waits about this long, each later one twice as long (with jitter), up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claim on an item keeps other senders off it; a crashed sender's items wait this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an idle sender waits before looking for work again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the counts of a broadcast in progress are written to its report.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromSeconds(5);
}
