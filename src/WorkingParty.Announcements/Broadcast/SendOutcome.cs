namespace WorkingParty.Announcements.Broadcast;

/// <summary>What became of one send, as the host's <see cref="IAnnouncementSender"/> reports it.</summary>
public abstract record SendOutcome
{
    private SendOutcome() { }

    public sealed record Delivered : SendOutcome;

    /// <summary>HTTP 429; <paramref name="RetryAfter"/> is the Retry-After header when there was one.</summary>
    public sealed record Throttled(TimeSpan? RetryAfter) : SendOutcome;

    /// <summary>A failure worth retrying (Teams names 412, 502 and 504 besides 429); 0 when no response came.</summary>
    public sealed record TransientFailure(int Status) : SendOutcome;

    /// <summary>A failure that retrying will not mend, such as 403 when the bot was removed from the conversation.</summary>
    public sealed record PermanentFailure(int Status) : SendOutcome;

    /// <summary>Classifies an HTTP status from the Bot Connector the way Teams asks bots to.</summary>
    public static SendOutcome FromHttpStatus(int status, TimeSpan? retryAfter = null) => status switch
    {
        >= 200 and < 300 => new Delivered(),
        429 => new Throttled(retryAfter),
        412 or 502 or 504 => new TransientFailure(status),
        _ => new PermanentFailure(status),
    };

    /// <summary>A short description for logs and the item's last outcome.</summary>
    public string Describe() => this switch
    {
        Delivered => "delivered",
        Throttled t => t.RetryAfter is { } after ? $"429, retry after {after.TotalSeconds:0.###} s" : "429",
        TransientFailure f => $"transient failure {f.Status}",
        PermanentFailure f => $"permanent failure {f.Status}",
        _ => GetType().Name,
    };
}
