namespace WorkingParty.Announcements.Broadcast;

/// <summary>When to try a recipient again: Retry-After when the service gave one, else exponential backoff with jitter.</summary>
public sealed class RetrySchedule(BroadcastOptions options, Random random)
{
    public bool MayRetry(int attemptsMade) => attemptsMade < options.MaxAttempts;

    public TimeSpan DelayAfter(int attemptsMade, TimeSpan? retryAfter)
    {
        if (retryAfter is { } after && after > TimeSpan.Zero)
            return after + Jitter(after / 10); // never earlier than asked; the jitter keeps senders from returning together
        var exponent = Math.Min(attemptsMade - 1, 30);
        var ceiling = TimeSpan.FromTicks(Math.Min(options.MaxRetryDelay.Ticks, options.BaseRetryDelay.Ticks * (1L << exponent)));
        return ceiling / 2 + Jitter(ceiling / 2);
    }

    private TimeSpan Jitter(TimeSpan upTo)
    {
        lock (random)
            return upTo * random.NextDouble();
    }
}
