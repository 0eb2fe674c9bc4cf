namespace WorkingParty.Bot.Hosting;

/// <summary>
/// The bot's clock with the working party's time zone (<c>Clock:TimeZone</c>) as its local zone, so that what the
/// bot reads as local time (<see cref="TimeProvider.GetLocalNow"/>, and so <see cref="WorkingParty.Storage.Time.WorkingDay.Today"/>:
/// the day a reminder counts from, the day a date in an announcement must not precede, a deadline's "open")
/// is Brussels time, whatever zone the server runs in (UTC on App Service). For demos and tests the day can be pinned
/// (<paramref name="pinnedDay"/>: configuration <c>Clock:Today</c>, CLI <c>--today</c>): the clock then starts at noon UTC
/// of that day and runs on at the underlying clock's speed, so timers work.
/// </summary>
public sealed class WorkingPartyTimeProvider(TimeProvider clock, TimeZoneInfo zone, DateOnly? pinnedDay = null) : TimeProvider
{
    private readonly TimeSpan _shift = pinnedDay is { } day
        ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) - clock.GetUtcNow()
        : TimeSpan.Zero;

    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow() + _shift;

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        clock.CreateTimer(callback, state, dueTime, period);
}
