using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Cli;

/// <summary>
/// The bot's services for one command, configured as the web host is, plus the command's options.
/// With <c>--minutes</c> the command answers from that folder alone: its minutes go into a store of
/// their own, removed when the command ends.
/// </summary>
public sealed class CliServices : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string? _scratchStore;

    private CliServices(ServiceProvider provider, string? scratchStore)
    {
        _provider = provider;
        _scratchStore = scratchStore;
    }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public static CliServices Build(CliArguments args)
    {
        var overrides = new Dictionary<string, string?>();
        if (args.DateOption("today") is { } today)
        {
            overrides["Clock:Today"] = today.ToString("yyyy-MM-dd");
        }

        string? scratchStore = null;
        if (args.Option("minutes") is { } folder)
        {
            if (!Directory.Exists(folder))
            {
                throw new CliUsageException($"--minutes: there is no folder '{folder}'.");
            }

            scratchStore = Directory.CreateTempSubdirectory("working-party-cli-").FullName;
            overrides["Minutes:Folder"] = Path.GetFullPath(folder);
            overrides["Storage:Folder"] = scratchStore;
            overrides["Storage:ConnectionString"] = null;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        services.AddWorkingPartyBot();
        return new CliServices(services.BuildServiceProvider(), scratchStore);
    }

    public void Dispose()
    {
        _provider.Dispose();
        if (_scratchStore is not null)
        {
            Directory.Delete(_scratchStore, recursive: true);
        }
    }
}
