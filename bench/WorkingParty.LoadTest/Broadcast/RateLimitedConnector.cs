using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WorkingParty.Testing;

namespace WorkingParty.LoadTest.Broadcast;

/// <summary>
/// A fake Bot Connector that enforces a rate limit as Teams does: a token bucket of one second's worth of messages,
/// refilled continuously; a message beyond it gets 429 with Retry-After. It counts what it accepted per conversation.
/// </summary>
public sealed class RateLimitedConnector : IAsyncDisposable
{
    private const string Accepted = """{"id":"1"}""";
    private readonly double _perSecond;
    private readonly Lock _bucketLock = new();
    private readonly ConcurrentDictionary<string, int> _accepted = new();
    private double _tokens;
    private long _refilledAt = Stopwatch.GetTimestamp();
    private long _lastAcceptedAt;
    private int _throttled;
    private LoopbackHost? _host;

    private RateLimitedConnector(double perSecond)
    {
        _perSecond = perSecond;
        _tokens = perSecond;
    }

    public string ServiceUrl => _host!.BaseUrl + "/";

    /// <summary>Conversations that received at least one message.</summary>
    public int Reached => _accepted.Count;

    /// <summary>Messages accepted, duplicates included.</summary>
    public int AcceptedMessages => _accepted.Values.Sum();

    public int Throttled => _throttled;

    /// <summary>Stopwatch timestamp of the last accepted message.</summary>
    public long LastAcceptedAt => Interlocked.Read(ref _lastAcceptedAt);

    public static async Task<RateLimitedConnector> StartAsync(double perSecond)
    {
        var connector = new RateLimitedConnector(perSecond);
        connector._host = await LoopbackHost.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities", connector.ReceiveAsync));
        return connector;
    }

    /// <summary>Forgets what was received, for the next broadcast.</summary>
    public void Reset()
    {
        _accepted.Clear();
        _throttled = 0;
        Interlocked.Exchange(ref _lastAcceptedAt, 0);
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId)
    {
        await http.Request.Body.CopyToAsync(Stream.Null);
        if (!TryTakeToken())
        {
            Interlocked.Increment(ref _throttled);
            http.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        _accepted.AddOrUpdate(conversationId, 1, (_, count) => count + 1);
        Interlocked.Exchange(ref _lastAcceptedAt, Stopwatch.GetTimestamp());
        return Results.Text(Accepted, "application/json");
    }

    private bool TryTakeToken()
    {
        lock (_bucketLock)
        {
            var now = Stopwatch.GetTimestamp();
            _tokens = Math.Min(_perSecond, _tokens + Stopwatch.GetElapsedTime(_refilledAt, now).TotalSeconds * _perSecond);
            _refilledAt = now;
            if (_tokens < 1)
                return false;
            _tokens--;
            return true;
        }
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;
}
