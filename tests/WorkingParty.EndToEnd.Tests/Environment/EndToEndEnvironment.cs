using Microsoft.Playwright;
using WorkingParty.EndToEnd.Tests.Playground;
using WorkingParty.Testing;

namespace WorkingParty.EndToEnd.Tests.Environment;

/// <summary>
/// Everything the scenarios drive, started once for the collection: the real bot (today pinned to
/// 25 March 2017, the sample minutes unless a subclass says otherwise, a fresh file store,
/// <see cref="PlaygroundPersona.SecretariatMember"/> in the secretariat, its turns followed through its telemetry:
/// <see cref="BotTurns"/>), one Agents Playground per persona, and headless Chromium. Dispose kills every process tree.
/// </summary>
public class EndToEndEnvironment : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2017, 3, 25);

    private readonly string _root = Directory.CreateTempSubdirectory("working-party-e2e-").FullName;
    private readonly Dictionary<PlaygroundPersona, NodeService> _playgrounds = [];
    private LoopbackProcess? _bot;
    private BotTurns? _turns;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The bot's <c>Storage:Folder</c>: its file document store.</summary>
    public string StorageFolder => Path.Combine(_root, "store");

    /// <summary>A folder of the environment's own, removed on dispose.</summary>
    protected string Root => _root;

    public async Task InitializeAsync()
    {
        try
        {
            var settings = new Dictionary<string, string>
            {
                ["Clock__Today"] = Today.ToString("yyyy-MM-dd"),
                ["Storage__Folder"] = StorageFolder,
                ["Secretariat__Members__0"] = PlaygroundPersona.SecretariatMember.AadObjectId,
                // Each span on stdout as it ends: the turns' spans tell the chats when a turn is over (BotTurns).
                [BotTurns.ConsoleSetting] = "true",
            };
            foreach (var (key, value) in await MoreBotSettingsAsync())
                settings[key] = value;
            _bot = await BotProcess.StartAsync(settings);
            _turns = BotTurns.Follow(_bot);
            var endpoint = new Uri($"http://127.0.0.1:{_bot.Port}/api/messages");
            PlaygroundPersona[] personas = [PlaygroundPersona.Delegate, PlaygroundPersona.SecretariatMember];
            var started = await Task.WhenAll(personas.Select(persona => AgentsPlayground.StartAsync(persona, endpoint, Path.Combine(_root, persona.Key))));
            foreach (var (persona, playground) in personas.Zip(started))
                _playgrounds[persona] = playground;
            (_playwright, _browser) = await HeadlessChromium.LaunchAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh browser tab on the persona's Playground, in its personal chat with the bot.</summary>
    public async Task<PlaygroundChat> OpenChatAsync(PlaygroundPersona persona) =>
        await PlaygroundChat.OpenAsync(_browser!, new Uri($"http://127.0.0.1:{_playgrounds[persona].Port}/"), persona, _turns!);

    /// <summary>What the bot logged so far, for failure messages.</summary>
    public string BotOutput() => _bot?.Output() ?? "";

    /// <summary>Settings (environment variables) the bot gets besides the pinned day, its store and its secretariat.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string>> MoreBotSettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    /// <summary>Stops what <see cref="MoreBotSettingsAsync"/> started.</summary>
    protected virtual ValueTask DisposeMoreAsync() => ValueTask.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        foreach (var playground in _playgrounds.Values)
            await playground.DisposeAsync();
        if (_bot is not null)
            await _bot.DisposeAsync();
        await DisposeMoreAsync();
        Directory.Delete(_root, recursive: true);
    }
}
