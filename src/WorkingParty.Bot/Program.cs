using WorkingParty.Bot.Cli;
using WorkingParty.Bot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

await BotWebHost.Create(args).RunAsync();
return 0;

/// <summary>Lets the integration tests start the real host in memory.</summary>
public partial class Program;
