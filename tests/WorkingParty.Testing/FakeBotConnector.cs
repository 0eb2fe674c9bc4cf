using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace WorkingParty.Testing;

/// <summary>
/// A Bot Connector service on a loopback port: it takes the activities a bot sends to a conversation
/// (the URL the bot finds in an activity's serviceUrl) and keeps them for the test to read. It can be told to
/// throttle new posts for a while, as the real one does under load.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<JObject> _received = new();
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private (int Left, TimeSpan RetryAfter) _throttle;
    private int _throttled;
    private readonly SemaphoreSlim _arrivals = new(0);
    private TaskCompletionSource _nextRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackHost? _host;
    private bool _keepsTyping;
    private readonly ConcurrentDictionary<string, JArray> _teams = new();
    private int _rosterReads;
    private readonly ConcurrentDictionary<string, JObject> _members = new();
    private int _memberReads;
    private volatile bool _rosterFails;
    private readonly ConcurrentQueue<JObject> _created = new();
    private volatile bool _refusesNewConversations;

    public string ServiceUrl => _host!.BaseUrl + "/";

    public IReadOnlyCollection<JObject> Received => _received;

    /// <summary>The accepted requests with where they went: a new post has no activity id, a reply or update has one.</summary>
    public IReadOnlyCollection<ConnectorRequest> Requests => _requests;

    /// <summary>Completes when a request taken after this is read is kept in <see cref="Requests"/>: read it, then look at them.</summary>
    public Task NextRequest => Volatile.Read(ref _nextRequest).Task;

    /// <summary>How many posts were answered 429.</summary>
    public int Throttled => _throttled;

    /// <summary>How many times the roster API (GET …/pagedmembers, what <c>TeamsInfo</c> reads a team with) was called, failed calls included.</summary>
    public int RosterReads => _rosterReads;

    /// <summary>Who the roster API lists as the members of <paramref name="teamId"/>.</summary>
    public void SetTeamMembers(string teamId, params (string AadObjectId, string Name)[] members) =>
        _teams[teamId] = new JArray(members.Select(m => new JObject { ["id"] = "29:" + m.AadObjectId, ["name"] = m.Name, ["aadObjectId"] = m.AadObjectId }));

    /// <summary>How many times the member API (GET …/members/{id}, what <c>TeamsInfo.GetMemberAsync</c> reads) was called.</summary>
    public int MemberReads => _memberReads;

    /// <summary>What the member API answers for the user <paramref name="userId"/> (the activity's <c>from.id</c>) in any conversation.</summary>
    public void SetMember(string userId, string aadObjectId, string userPrincipalName, string name) =>
        _members[userId] = new JObject
        {
            ["id"] = userId, ["name"] = name, ["aadObjectId"] = aadObjectId, ["userPrincipalName"] = userPrincipalName, ["email"] = userPrincipalName,
        };

    /// <summary>The parameters of each conversation the bot asked to create (POST /v3/conversations), as Teams gets them.</summary>
    public IReadOnlyCollection<JObject> CreatedConversations => _created;

    /// <summary>
    /// Whether creating a conversation is answered 403, as Teams answers for a user who has not installed the bot for
    /// themselves. Otherwise a one-to-one conversation is <c>a:personal-{the member's id}</c>.
    /// </summary>
    public void RefuseNewConversations(bool refuses) => _refusesNewConversations = refuses;

    /// <summary>Whether the roster API answers 500, as the real one does when Teams has a bad moment.</summary>
    public void FailRoster(bool fails) => _rosterFails = fails;

    /// <summary>Answers the next <paramref name="posts"/> new posts to a conversation with 429 and Retry-After.</summary>
    public void Throttle(int posts, TimeSpan retryAfter)
    {
        lock (_requests)
            _throttle = (posts, retryAfter);
    }

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
            app.MapPost("/v3/conversations", connector.CreateConversationAsync);
            app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.ReceiveAsync);
            app.MapGet("/v3/conversations/{conversationId}/pagedmembers", connector.PagedMembers);
            app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", connector.Member);
        });
        return connector;
    }

    /// <summary>Waits until at least <paramref name="count"/> activities arrived, or fails after the timeout.</summary>
    /// <summary>The replies to one activity (posted to <c>…/activities/{its id}</c>), apart from proactive messages sent meanwhile.</summary>
    public IReadOnlyList<JObject> RepliesTo(JObject activity) =>
        _requests.Where(r => r.ActivityId == (string?)activity["id"]).Select(r => r.Activity).ToList();

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

    private async Task<IResult> ReceiveAsync(HttpRequest request, HttpResponse response)
    {
        var activityId = (string?)(request.RouteValues["activityId"] ?? request.RouteValues["rest"]);
        if (request.Method == HttpMethods.Post && activityId is null && TakeThrottle() is { } retryAfter)
        {
            Interlocked.Increment(ref _throttled);
            response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString();
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        using var reader = new StreamReader(request.Body);
        var activity = JObject.Parse(await reader.ReadToEndAsync());
        if (_keepsTyping || (string?)activity["type"] != "typing")
        {
            _requests.Enqueue(new ConnectorRequest(request.Method, (string)request.RouteValues["conversationId"]!, activityId, activity));
            _received.Enqueue(activity);
            _arrivals.Release();
            Interlocked.Exchange(ref _nextRequest, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        return Results.Ok(new { id = Guid.NewGuid().ToString("n") });
    }

    private async Task<IResult> CreateConversationAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var parameters = JObject.Parse(await reader.ReadToEndAsync());
        _created.Enqueue(parameters);
        return _refusesNewConversations
            ? Results.Json(new { error = new { code = "Forbidden", message = "The bot is not installed in the user's personal scope" } }, statusCode: StatusCodes.Status403Forbidden)
            : Results.Json(new { id = $"a:personal-{parameters["members"]?[0]?["id"]}" });
    }

    private IResult PagedMembers(string conversationId)
    {
        Interlocked.Increment(ref _rosterReads);
        if (_rosterFails)
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        var members = _teams.TryGetValue(conversationId, out var listed) ? listed : [];
        return Results.Content(new JObject { ["members"] = members }.ToString(), "application/json");
    }

    private IResult Member(string conversationId, string memberId)
    {
        Interlocked.Increment(ref _memberReads);
        return _members.TryGetValue(memberId, out var member)
            ? Results.Content(member.ToString(), "application/json")
            : Results.NotFound();
    }

    private TimeSpan? TakeThrottle()
    {
        lock (_requests)
        {
            if (_throttle.Left <= 0)
                return null;
            _throttle.Left--;
            return _throttle.RetryAfter;
        }
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>One request the connector accepted: the method, the conversation, the activity id in the URL (none for a new post).</summary>
public sealed record ConnectorRequest(string Method, string ConversationId, string? ActivityId, JObject Activity);
