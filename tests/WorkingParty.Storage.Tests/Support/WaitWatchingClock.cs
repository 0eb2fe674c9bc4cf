using Microsoft.Extensions.Time.Testing;

namespace WorkingParty.Storage.Tests.Support;

/// <summary>A fake clock that tells when someone first starts waiting on it (creates a timer): the sign that they are blocked.</summary>
public sealed class WaitWatchingClock : FakeTimeProvider
{
    private readonly TaskCompletionSource _firstWait = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task FirstWait => _firstWait.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _firstWait.TrySetResult();
        return timer;
    }
}
