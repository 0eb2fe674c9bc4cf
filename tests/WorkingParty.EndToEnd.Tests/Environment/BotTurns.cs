using System.Globalization;
using WorkingParty.Testing;

namespace WorkingParty.EndToEnd.Tests.Environment;

/// <summary>A turn of the bot that has ended: what arrived, and how many new messages it posted to the conversation.</summary>
/// <param name="Index">Its place among the turns that ended since the bot started, from 0.</param>
public sealed record EndedTurn(int Index, string ActivityType, int Messages);

/// <summary>
/// The turns of the bot process as they end, read from its own telemetry: with <c>Telemetry:Console</c> on, the bot
/// writes each span to stdout when it ends, and a turn's span (<c>turn &lt;activity type&gt;</c>, source
/// <c>WorkingParty.Bot</c>) ends once the last activity of the turn has been sent, with the number of new messages
/// in <c>workingparty.messages</c>. A test that waits for <see cref="EndedAsync"/> waits for a fact, not for a
/// quiet moment.
/// </summary>
public sealed class BotTurns
{
    /// <summary>The bot's setting (an environment variable) that turns its console exporter on.</summary>
    public const string ConsoleSetting = "Telemetry__Console";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly object _lock = new();
    private readonly List<EndedTurn> _ended = [];
    private readonly Dictionary<int, TaskCompletionSource<EndedTurn>> _awaited = [];
    private (string ActivityType, int Messages)? _reading;

    private BotTurns()
    {
    }

    /// <summary>How many turns have ended so far: the index the next turn to end will have.</summary>
    public int Ended
    {
        get
        {
            lock (_lock)
                return _ended.Count;
        }
    }

    /// <summary>Follows <paramref name="bot"/>'s output from now on.</summary>
    public static BotTurns Follow(LoopbackProcess bot)
    {
        var turns = new BotTurns();
        bot.LineWritten += turns.Read;
        return turns;
    }

    /// <summary>The turn with <paramref name="index"/> once it has ended; fails when it has not within a generous minute.</summary>
    public async Task<EndedTurn> EndedAsync(int index)
    {
        TaskCompletionSource<EndedTurn> ended;
        lock (_lock)
        {
            if (index < _ended.Count)
                return _ended[index];
            if (!_awaited.TryGetValue(index, out ended!))
                _awaited[index] = ended = new TaskCompletionSource<EndedTurn>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        try
        {
            return await ended.Task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Turn {index} of the bot did not end within {Patience.TotalSeconds} s; ended so far: {Describe()}");
        }
    }

    /// <summary>The turns ended so far, for failure messages.</summary>
    public string Describe()
    {
        lock (_lock)
            return _ended.Count == 0 ? "none" : string.Join(", ", _ended.Select(t => $"#{t.Index} {t.ActivityType} ({t.Messages} messages)"));
    }

    // The console exporter writes a span as lines "Activity.DisplayName: turn message", then its tags
    // ("    workingparty.messages: 1"), then "Instrumentation scope (ActivitySource):"; spans are written one at a time.
    private void Read(string line)
    {
        TaskCompletionSource<EndedTurn>? awaited = null;
        EndedTurn? ended = null;
        lock (_lock)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("Activity.DisplayName:", StringComparison.Ordinal))
            {
                var name = trimmed["Activity.DisplayName:".Length..].Trim();
                _reading = name.StartsWith("turn ", StringComparison.Ordinal) ? (name["turn ".Length..], 0) : null;
            }
            else if (_reading is { } reading && trimmed.StartsWith("workingparty.messages:", StringComparison.Ordinal))
            {
                _reading = reading with { Messages = int.Parse(trimmed["workingparty.messages:".Length..].Trim(), CultureInfo.InvariantCulture) };
            }
            else if (_reading is { } done && trimmed.StartsWith("Instrumentation scope", StringComparison.Ordinal))
            {
                ended = new EndedTurn(_ended.Count, done.ActivityType, done.Messages);
                _ended.Add(ended);
                _reading = null;
                _awaited.Remove(ended.Index, out awaited);
            }
        }
        awaited?.TrySetResult(ended!);
    }
}
