using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace WorkingParty.Testing;

/// <summary>
/// A Bot Connector service on a loopback port: it takes the activities a bot sends to a conversation
/// (the URL the bot finds in an activity's serviceUrl) and keeps them for the test to read.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<JObject> _received = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private LoopbackHost? _host;
    private bool _keepsTyping;

    public string ServiceUrl => _host!.BaseUrl + "/";

    public IReadOnlyCollection<JObject> Received => _received;

    /// <param name="keepTyping">
    /// Whether to keep typing indicators too. By default they are dropped: the bot sends one only when a turn
    /// is slow, which on a loaded machine any turn may be, and the tests read the replies.
    /// </param>
    public static async Task<FakeBotConnector> StartAsync(bool keepTyping = false)
    {
        var connector = new FakeBotConnector { _keepsTyping = keepTyping };
        connector._host = await LoopbackHost.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", connector.ReceiveAsync);
            app.MapPost("/v3/conversations/{conversationId}/activities", connector.ReceiveAsync);
            app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.ReceiveAsync);
        });
        return connector;
    }

    /// <summary>Waits until at least <paramref name="count"/> activities arrived, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<JObject>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (_received.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrivals.WaitAsync(left))
            {
                throw new TimeoutException($"Expected {count} activities at the connector, got {_received.Count}.");
            }
        }

        return [.. _received];
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var activity = JObject.Parse(await reader.ReadToEndAsync());
        if (_keepsTyping || (string?)activity["type"] != "typing")
        {
            _received.Enqueue(activity);
            _arrivals.Release();
        }

        return Results.Ok(new { id = Guid.NewGuid().ToString("n") });
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;
}
