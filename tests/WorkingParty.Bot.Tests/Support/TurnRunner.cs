using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Cli;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Tests.Support;

/// <summary>
/// The bot with all its services and the same turn pipeline as the command line, over its own
/// storage folder and a pinned day: one turn in, the replies out.
/// </summary>
public sealed class TurnRunner : IDisposable
{
    private readonly string _storage = Directory.CreateTempSubdirectory("bot-turns-").FullName;
    private readonly ServiceProvider _services;

    public TurnRunner(string today = "2017-03-25", Action<IServiceCollection>? overrideServices = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clock:Today"] = today,
            ["Storage:Folder"] = _storage,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddProvider(Logs));
        services.AddWorkingPartyBot();
        overrideServices?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public RecordingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _services;

    /// <summary>The folder of the bot's file store.</summary>
    public string StorageFolder => _storage;

    /// <summary>
    /// Runs one turn and returns its replies once the work it started is done: the full-text index a first question
    /// builds is written in the background, and a stopping host waits for it (<see cref="MinutesCatalog.IndexKeptAsync"/>),
    /// so nothing writes to the store once the turn is over.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> RunAsync(JObject teamsActivity)
    {
        var adapter = new InProcessAdapter(_services.GetRequiredService<TimeProvider>(), _services.GetRequiredService<ILogger<InProcessAdapter>>());
        await adapter.RunTurnAsync(teamsActivity.ToObject<Activity>()!, _services.GetRequiredService<IBot>(), CancellationToken.None);
        await _services.GetRequiredService<MinutesCatalog>().IndexKeptAsync();
        return adapter.Replies;
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_storage, recursive: true);
    }
}
