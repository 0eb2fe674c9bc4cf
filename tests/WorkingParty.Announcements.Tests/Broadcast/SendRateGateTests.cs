using Microsoft.Extensions.Time.Testing;
using WorkingParty.Announcements.Broadcast;

namespace WorkingParty.Announcements.Tests.Broadcast;

public sealed class SendRateGateTests
{
    [Fact]
    public async Task Sends_are_spaced_evenly_at_the_rate_without_a_burst()
    {
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();
        var gate = new SendRateGate(50, time);
        var waits = Enumerable.Range(0, 120).Select(_ => gate.WaitAsync(CancellationToken.None)).ToList();

        // At 50 per second the i-th send may go at i × 20 ms, not a tick earlier: 50 in any second.
        await waits[0].WaitAsync(TimeSpan.FromSeconds(5));
        for (var i = 1; i < waits.Count; i++)
        {
            time.SetUtcNow(start + TimeSpan.FromMilliseconds(20 * i) - TimeSpan.FromTicks(1));
            Assert.Equal(i, waits.Count(w => w.IsCompleted));
            time.SetUtcNow(start + TimeSpan.FromMilliseconds(20 * i));
            await waits[i].WaitAsync(TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public async Task A_hold_keeps_every_send_back_until_it_ends()
    {
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();
        var gate = new SendRateGate(50, time);
        await gate.WaitAsync(CancellationToken.None);

        gate.HoldUntil(start + TimeSpan.FromSeconds(3));
        var next = gate.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromTicks(1));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromTicks(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_rate_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SendRateGate(0, TimeProvider.System));
    }
}
