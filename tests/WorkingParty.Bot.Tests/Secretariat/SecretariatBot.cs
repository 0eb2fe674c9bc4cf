using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Bot.Hosting;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Secretariat;

/// <summary>
/// The real bot host with a secretariat member configured, its own storage folder, the day pinned to 25 March 2017,
/// fast broadcast timings, and a loopback Bot Connector that receives whatever the bot sends.
/// </summary>
public sealed class SecretariatBot : IAsyncDisposable
{
    private readonly string _storage = Directory.CreateTempSubdirectory("wp-secretariat-").FullName;
    private BotFactory _factory = null!;
    private Dictionary<string, string?> _settings = null!;
    private TimeProvider? _time;
    private Action<IServiceCollection>? _services;

    public FakeBotConnector Connector { get; private set; } = null!;

    public string ServiceUrl => Connector.ServiceUrl;

    /// <param name="keepTyping">Whether the connector keeps the typing indicators the bot sends (see <see cref="FakeBotConnector.StartAsync"/>).</param>
    /// <param name="time">The host's clock instead of the pinned day; a <see cref="FakeTimeProvider"/> moves on while <see cref="WaitUntilAsync"/> waits.</param>
    /// <param name="services">Replaces services of the host, for faults a test cannot otherwise cause.</param>
    public static async Task<SecretariatBot> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, bool keepTyping = false, TimeProvider? time = null, Action<IServiceCollection>? services = null)
    {
        var bot = new SecretariatBot { Connector = await FakeBotConnector.StartAsync(keepTyping), _time = time, _services = services };
        var all = new Dictionary<string, string?>
        {
            ["Secretariat:Members:0"] = SecretariatActivities.SecretaryId,
            ["Clock:Today"] = "2017-03-25",
            ["Storage:Folder"] = bot._storage,
            ["Broadcast:PollInterval"] = "00:00:00.050",
            ["Broadcast:ReportInterval"] = "00:00:00.200",
            ["Broadcast:BaseRetryDelay"] = "00:00:00.100",
            ["Bot:PublicUrl"] = "http://localhost/",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        bot._settings = all;
        bot._factory = bot.NewFactory();
        return bot;
    }

    /// <summary>Stops the host and starts another on the same storage, as a deployment or a crash does.</summary>
    public async Task RestartAsync()
    {
        await _factory.DisposeAsync();
        _factory = NewFactory();
    }

    private BotFactory NewFactory() => new(_settings, services =>
    {
        if (_time is { } time)
            // Zoned as the host zones its own clock: the working party's day, not the server's.
            services.AddSingleton<TimeProvider>(new WorkingPartyTimeProvider(time, new ClockOptions().FindZone()));
        _services?.Invoke(services);
    });

    public T Service<T>() where T : notnull => _factory.Services.GetRequiredService<T>();

    public HttpClient CreateClient() => _factory.CreateClient();

    /// <summary>Posts an activity to /api/messages; returns the invoke response body, if any.</summary>
    public async Task<JObject?> PostAsync(JObject activity)
    {
        var response = await _factory.CreateClient().PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? null : JObject.Parse(body);
    }

    /// <summary>Posts a message and returns the card of the reply it got (the last one, after typing indicators).</summary>
    public async Task<JObject> ReplyCardAsync(JObject message)
    {
        await PostAsync(message);
        return Cards.Of(LastReplyTo(message));
    }

    /// <summary>Presses a button of <paramref name="card"/> (found by its verb) as <paramref name="from"/>; returns the card it answers with.</summary>
    public async Task<JObject> PressAsync(JObject from, JObject card, string verb, JObject? inputs = null, string cardId = "card-1")
    {
        var data = Cards.ButtonData(card, verb);
        if (inputs is not null)
        {
            data.Merge(inputs);
        }

        var press = SecretariatActivities.Press(from, data, cardId);
        var response = await PostAsync(press);
        Assert.NotNull(response);
        Assert.Equal(200, (int?)response["statusCode"]);
        return response["type"]?.ToString() == "application/vnd.microsoft.card.adaptive"
            ? (JObject)response["value"]!
            : Cards.Of(LastReplyTo(press));
    }

    /// <summary>
    /// The last message the bot sent in reply to <paramref name="activity"/>. Not the last message at the connector: a
    /// broadcast or a status card update the worker sends meanwhile is none of the turn's replies.
    /// </summary>
    private JObject LastReplyTo(JObject activity) => Connector.RepliesTo(activity).Last(reply => reply["type"]?.ToString() == "message");

    public async Task<List<ConversationRecord>> ConversationsAsync()
    {
        var conversations = new List<ConversationRecord>();
        await foreach (var conversation in Service<ConversationRegistry>().ListAsync())
        {
            conversations.Add(conversation);
        }

        return conversations;
    }

    /// <summary>Waits until <paramref name="done"/> holds for the connector's requests, looking again at each new one; fails after the timeout.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyCollection<ConnectorRequest>, bool> done, TimeSpan? timeout = null)
    {
        using var patience = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                var next = Connector.NextRequest;
                if (done(Connector.Requests))
                {
                    return;
                }

                if (_time is FakeTimeProvider fake)
                {
                    // The background loops (broadcast polling, send pacing) wait on the host's clock: it moves on in steps
                    // of 100 ms, each given up to 50 ms of real time to bring a request.
                    fake.Advance(TimeSpan.FromMilliseconds(100));
                    await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(50), patience.Token));
                    patience.Token.ThrowIfCancellationRequested();
                }
                else
                {
                    await next.WaitAsync(patience.Token);
                }
            }
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            throw new TimeoutException("The connector did not get what was expected. It has: " +
                string.Join("; ", Connector.Requests.Select(r => $"{r.Method} {r.ConversationId} {r.ActivityId}")) + ". Outbox: " + OutboxState());
        }
    }

    /// <summary>
    /// Waits until the broadcast worker, in a pass begun after this call, finds nothing to send: what has arrived by
    /// then is all that the announcements sent so far will bring (retries not yet due aside). On a fake clock, which
    /// the worker polls and paces its sends on, the clock moves on meanwhile as in <see cref="WaitUntilAsync"/>.
    /// </summary>
    public async Task WhenBroadcastIdleAsync()
    {
        var idle = Service<BroadcastWorker>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(20));
        if (_time is FakeTimeProvider fake)
        {
            while (!idle.IsCompleted)
            {
                fake.Advance(TimeSpan.FromMilliseconds(100));
                await Task.WhenAny(idle, Task.Delay(TimeSpan.FromMilliseconds(50)));
            }
        }

        await idle;
    }

    private string OutboxState()
    {
        var folder = Path.Combine(_storage, "outbox");
        return Directory.Exists(folder)
            ? string.Join(" | ", Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Select(File.ReadAllText))
            : "empty";
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }
}
