namespace WorkingParty.Announcements.Background;

/// <summary>
/// Lets callers wait until a background loop next reaches a point (idle, a check finished) in a pass that began after
/// they asked: a pass already under way when someone asks may have missed what they just did, so it does not count.
/// The loop calls <see cref="BeginPass"/> at the start of each pass and <see cref="Reached"/> with its number when the
/// point is reached.
/// </summary>
internal sealed class LoopSignal
{
    private readonly Lock _gate = new();
    private readonly List<(long AskedAfter, TaskCompletionSource Done)> _waiting = [];
    private long _passes;

    /// <summary>Completes when a pass begun after this call reaches the point.</summary>
    public Task NextAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
            _waiting.Add((_passes, done));
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Starts a pass; returns its number, for <see cref="Reached"/>.</summary>
    public long BeginPass()
    {
        lock (_gate)
            return ++_passes;
    }

    /// <summary>The pass <paramref name="pass"/> reached the point: whoever asked before it began is told.</summary>
    public void Reached(long pass)
    {
        List<TaskCompletionSource> told;
        lock (_gate)
        {
            told = [.. _waiting.Where(w => w.AskedAfter < pass).Select(w => w.Done)];
            _waiting.RemoveAll(w => w.AskedAfter < pass);
        }
        foreach (var done in told)
            done.TrySetResult();
    }
}
