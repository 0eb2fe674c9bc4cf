namespace WorkingParty.Bot.Hosting;

/// <summary>
/// The bot's clock with the working party's time zone (<c>Clock:TimeZone</c>) as its local zone, so that what the
/// bot reads as local time (<see cref="TimeProvider.GetLocalNow"/>, and so <see cref="WorkingParty.Storage.Time.WorkingDay.Today"/>:
/// the day a reminder counts from, the day a date in an announcement must not precede, a deadline's "open")
/// is Brussels time, whatever zone the server runs in (UTC on App Service).
/// </summary>
public sealed class WorkingPartyTimeProvider(TimeProvider clock, TimeZoneInfo zone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        clock.CreateTimer(callback, state, dueTime, period);
}
