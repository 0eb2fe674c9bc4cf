namespace WorkingParty.Bot.Hosting;

/// <summary>
/// A clock whose calendar day is pinned (configuration <c>Clock:Today</c>, CLI <c>--today</c>) for
/// demos and tests: it starts at noon UTC of that day and then runs at real speed, so timers work.
/// </summary>
public sealed class PinnedDayTimeProvider(DateOnly today) : TimeProvider
{
    private readonly DateTimeOffset _start = new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    private readonly long _startTimestamp = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _start + System.GetElapsedTime(_startTimestamp);
}
