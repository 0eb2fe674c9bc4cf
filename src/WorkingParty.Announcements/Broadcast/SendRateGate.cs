namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// Spaces sends evenly at a fixed rate (no bursts), and holds every send back while the service has asked
/// us to wait (a 429 with Retry-After applies to the whole app, not to one conversation).
/// </summary>
public sealed class SendRateGate(double messagesPerSecond, TimeProvider time)
{
    private readonly TimeSpan _interval = messagesPerSecond > 0
        ? TimeSpan.FromSeconds(1 / messagesPerSecond)
        : throw new ArgumentOutOfRangeException(nameof(messagesPerSecond), "The send rate must be positive.");

    private readonly Lock _lock = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now, slot;
        lock (_lock)
        {
            now = time.GetUtcNow();
            slot = now > _next ? now : _next;
            _next = slot + _interval;
        }
        if (slot > now)
            await Task.Delay(slot - now, time, cancellationToken);
    }

    public void HoldUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _next)
                _next = until;
        }
    }
}
