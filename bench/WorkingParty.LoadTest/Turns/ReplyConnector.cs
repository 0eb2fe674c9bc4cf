using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WorkingParty.Testing;

namespace WorkingParty.LoadTest.Turns;

/// <summary>
/// A fast fake Bot Connector on loopback: a bot's reply to activity X arrives as
/// POST /v3/conversations/{conversation}/activities/X and completes the wait registered for X with its arrival time.
/// Typing indicators (the bot sends one when an answer takes a while) are counted, not taken for the answer. The
/// plain-text summary of a reply is kept only when asked for (<see cref="ExpectSummary"/>).
/// </summary>
public sealed class ReplyConnector : IAsyncDisposable
{
    private const string Accepted = """{"id":"1"}""";
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _awaited = new();
    private readonly ConcurrentDictionary<string, string?> _summaries = new();
    private LoopbackHost? _host;
    private int _unexpected;
    private int _typing;

    public string ServiceUrl => _host!.BaseUrl + "/";

    /// <summary>Replies to no activity we are waiting for (late replies, or replies sent twice).</summary>
    public int Unexpected => _unexpected;

    /// <summary>Typing indicators received.</summary>
    public int Typing => _typing;

    public static async Task<ReplyConnector> StartAsync()
    {
        var connector = new ReplyConnector();
        connector._host = await LoopbackHost.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", connector.ReceiveAsync);
            app.MapPost("/v3/conversations/{conversationId}/activities", connector.ReceiveAsync);
        });
        return connector;
    }

    /// <summary>Registers the wait for the reply to <paramref name="activityId"/>; the task gives its arrival timestamp.</summary>
    public Task<long> Expect(string activityId)
    {
        var arrival = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _awaited[activityId] = arrival;
        return arrival.Task;
    }

    /// <summary>Keeps the summary of the reply to <paramref name="activityId"/> for <see cref="TakeSummary"/>.</summary>
    public void ExpectSummary(string activityId) => _summaries[activityId] = null;

    /// <summary>The kept summary of the reply to <paramref name="activityId"/> (null when it had none or has not arrived).</summary>
    public string? TakeSummary(string activityId) => _summaries.TryRemove(activityId, out var summary) ? summary : null;

    public void Forget(string activityId)
    {
        _awaited.TryRemove(activityId, out _);
        _summaries.TryRemove(activityId, out _);
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, string? replyToId = null)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var activity = await JsonDocument.ParseAsync(request.Body);
        if (activity.RootElement.TryGetProperty("type", out var type) && type.ValueEquals("typing"))
        {
            Interlocked.Increment(ref _typing);
        }
        else if (replyToId is not null && _awaited.TryRemove(replyToId, out var waiting))
        {
            if (_summaries.ContainsKey(replyToId))
                _summaries[replyToId] = activity.RootElement.TryGetProperty("summary", out var summary) ? summary.GetString() : null;
            waiting.TrySetResult(arrived);
        }
        else
        {
            Interlocked.Increment(ref _unexpected);
        }

        return Results.Text(Accepted, "application/json");
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;
}
