using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Cli;

/// <summary>The bot's services for a command, configured as the web host is, plus the command's options.</summary>
public static class CliServices
{
    public static ServiceProvider Build(CliArguments args)
    {
        var overrides = new Dictionary<string, string?>();
        if (args.DateOption("today") is { } today)
        {
            overrides["Clock:Today"] = today.ToString("yyyy-MM-dd");
        }

        if (args.Option("minutes") is { } folder)
        {
            overrides["Minutes:Folder"] = Path.GetFullPath(folder);
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
        services.AddWorkingPartyBot(configuration);
        return services.BuildServiceProvider();
    }
}
