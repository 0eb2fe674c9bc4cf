using System.Diagnostics;
using System.Text;
using WorkingParty.LoadTest.Processes;
using WorkingParty.LoadTest.Setup;
using WorkingParty.LoadTest.Turns;
using WorkingParty.Testing;

namespace WorkingParty.LoadTest.MyComments;

/// <summary>
/// The real bot process on one store, with the sample minutes and the day pinned to 25 March 2017, asked "my comments" over
/// HTTP by delegate <see cref="Asker"/>: a batch is some questions one at a time, then as many at once, with the bot's CPU time.
/// </summary>
public sealed class MyCommentsBot : IAsyncDisposable
{
    public const int Asker = 1;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly ReplyConnector _connector;
    private readonly BotProcess _bot;
    private readonly HttpClient _http = new() { Timeout = AnswerTimeout };
    private int _asked;

    private MyCommentsBot(ReplyConnector connector, BotProcess bot)
    {
        _connector = connector;
        _bot = bot;
    }

    /// <summary>How long one answer may take before the run stops measuring (the view read every comment, once).</summary>
    public static TimeSpan AnswerTimeout { get; } = TimeSpan.FromMinutes(2);

    public static async Task<MyCommentsBot> StartAsync(BenchStore store)
    {
        var environment = new Dictionary<string, string>(store.Environment)
        {
            ["Minutes__Folder"] = Path.Combine(RepositoryFolders.Root, "samples", "minutes"),
            ["Clock__Today"] = "2017-03-25",
        };
        var bot = new MyCommentsBot(await ReplyConnector.StartAsync(), BotProcess.Start(Binaries.Bot, environment));
        await bot._bot.WaitUntilHealthyAsync(bot._http, StartTimeout);
        for (var i = 0; i < 3; i++)
            await bot.AskAsync();
        return bot;
    }

    /// <summary><paramref name="count"/> questions one after another, then <paramref name="count"/> at once.</summary>
    public async Task<ViewSamples> BatchAsync(int count)
    {
        var cpu = _bot.Process.CpuTime;
        var sequential = new List<double>();
        for (var i = 0; i < count; i++)
            sequential.Add(await AskAsync());
        var concurrent = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => AskAsync()));
        return new ViewSamples(sequential, concurrent, (_bot.Process.CpuTime - cpu).TotalMilliseconds, 2 * count);
    }

    /// <summary>Milliseconds from sending "my comments" to the reply's arrival at the connector.</summary>
    private async Task<double> AskAsync()
    {
        var id = $"mine-{Interlocked.Increment(ref _asked)}";
        var reply = _connector.Expect(id);
        var sent = Stopwatch.GetTimestamp();
        using var content = new StringContent(TeamsMessage.Json(id, Asker, "my comments", _connector.ServiceUrl), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(_bot.MessagesUrl, content);
        response.EnsureSuccessStatusCode();
        return Stopwatch.GetElapsedTime(sent, await reply.WaitAsync(AnswerTimeout)).TotalMilliseconds;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
