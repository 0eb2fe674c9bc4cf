namespace WorkingParty.Bot.Hosting;

/// <summary>
/// One effect per message: a message activity Teams delivers again (same conversation, same activity id: it does so when
/// it thinks the first delivery failed, often while the first is still being answered) ends here, unanswered. Invokes
/// always run, because Teams waits for their response; the card actions behind them are idempotent on their own
/// (comment nonces, acknowledgements, publish). The messages taken are remembered for <see cref="Window"/> (at most
/// <see cref="Capacity"/> of them, oldest forgotten first).
/// </summary>
public sealed class RedeliveryMiddleware(TimeProvider time, ILogger<RedeliveryMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>Teams redelivers within seconds or minutes of a delivery it thinks failed; an hour covers it many times over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public const int Capacity = 100_000;

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset TakenAt)> _order = new();
    private readonly Lock _lock = new();

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id)
            || TryTake($"{activity.ChannelId}\u001F{activity.Conversation?.Id}\u001F{activity.Id}"))
        {
            return next(cancellationToken);
        }

        logger.LogInformation("Ignored message {ActivityId} in conversation {ConversationId}: delivered again", activity.Id, activity.Conversation?.Id);
        return Task.CompletedTask;
    }

    /// <summary>True the first time <paramref name="key"/> is seen within the window; false for a repeat.</summary>
    private bool TryTake(string key)
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
