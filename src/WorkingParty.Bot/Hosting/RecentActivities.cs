namespace WorkingParty.Bot.Hosting;

/// <summary>
/// The activities this instance has taken in the last <see cref="Window"/> (at most <see cref="Capacity"/>, oldest
/// forgotten first), so that one Teams delivers again is recognised.
/// </summary>
public sealed class RecentActivities(TimeProvider time)
{
    /// <summary>Teams redelivers within seconds or minutes of a delivery it thinks failed; an hour covers it many times over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public const int Capacity = 100_000;

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset TakenAt)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time <paramref name="key"/> is seen within the window; false for a repeat.</summary>
    public bool TryTake(string key)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_order.TryPeek(out var oldest) && (oldest.TakenAt + Window <= now || _order.Count >= Capacity))
            {
                _taken.Remove(_order.Dequeue().Key);
            }

            if (!_taken.Add(key))
            {
                return false;
            }

            _order.Enqueue((key, now));
            return true;
        }
    }
}
