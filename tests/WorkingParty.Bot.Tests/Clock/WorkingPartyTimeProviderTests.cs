using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkingParty.Bot.Hosting;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Storage.Time;

namespace WorkingParty.Bot.Tests.Clock;

public sealed class WorkingPartyTimeProviderTests
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [Fact]
    public void Local_time_is_the_working_partys_whatever_the_servers_zone()
    {
        // 23:30 UTC on 28 March 2017 is already 29 March in Brussels (summer time since 26 March).
        var server = new FakeTimeProvider(new DateTimeOffset(2017, 3, 28, 23, 30, 0, TimeSpan.Zero));
        server.SetLocalTimeZone(TimeZoneInfo.Utc);
        var time = new WorkingPartyTimeProvider(server, Brussels);

        Assert.Equal((new DateOnly(2017, 3, 29), Brussels), (time.Today(), time.LocalTimeZone));
        Assert.Equal(server.GetUtcNow(), time.GetUtcNow());
    }

    [Fact]
    public void A_pinned_day_starts_at_noon_utc_and_runs_on_with_the_underlying_clock()
    {
        var server = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 5, 40, 0, TimeSpan.Zero));
        var time = new WorkingPartyTimeProvider(server, Brussels, new DateOnly(2017, 3, 28));

        Assert.Equal(new DateTimeOffset(2017, 3, 28, 12, 0, 0, TimeSpan.Zero), time.GetUtcNow());
        server.Advance(TimeSpan.FromHours(11));
        Assert.Equal((new DateTimeOffset(2017, 3, 28, 23, 0, 0, TimeSpan.Zero), new DateOnly(2017, 3, 29)), (time.GetUtcNow(), time.Today()));
    }

    [Fact]
    public void The_host_zones_its_clock_with_the_configured_time_zone()
    {
        using var bot = new TurnRunner();

        var time = bot.Services.GetRequiredService<TimeProvider>();

        Assert.Equal("Europe/Brussels", time.LocalTimeZone.Id);
        Assert.Equal(new DateOnly(2017, 3, 25), time.Today());
    }

    [Fact]
    public void Timers_and_timestamps_run_on_the_underlying_clock()
    {
        var server = new FakeTimeProvider(new DateTimeOffset(2017, 3, 28, 9, 0, 0, TimeSpan.Zero));
        var time = new WorkingPartyTimeProvider(server, Brussels);
        var fired = 0;
        var started = time.GetTimestamp();

        using var timer = time.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan);
        server.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, fired);
        Assert.Equal(TimeSpan.FromMinutes(5), time.GetElapsedTime(started));
    }
}
