namespace WorkingParty.Bot.Cli;

/// <summary>The verbs the bot's program answers on the command line instead of starting the web host.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<CliArguments, Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["ask"] = AskCommand.RunAsync,
        ["ingest"] = IngestCommand.RunAsync,
        ["export"] = ExportCommand.RunAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.ContainsKey(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await Verbs[args[0]](CliArguments.Parse(args.Skip(1)));
        }
        catch (CliUsageException ex)
        {
            await Console.Error.WriteLineAsync($"{args[0]}: {ex.Message}");
            return 2;
        }
    }
}
