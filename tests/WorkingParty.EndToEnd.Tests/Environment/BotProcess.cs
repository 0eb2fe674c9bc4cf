using System.Reflection;
using WorkingParty.Testing;

namespace WorkingParty.EndToEnd.Tests.Environment;

/// <summary>
/// The real bot: <c>dotnet WorkingParty.Bot.dll --urls http://127.0.0.1:&lt;free port&gt;</c> from the bot project's
/// build output, configured through environment variables, and awaited until /health/ready answers.
/// </summary>
public static class BotProcess
{
    public static Task<LoopbackProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var assembly = BotAssembly();
        return LoopbackProcess.StartAsync(
            "WorkingParty.Bot",
            "dotnet",
            port => [assembly, "--urls", $"http://127.0.0.1:{port}"],
            settings,
            Path.GetDirectoryName(assembly),
            readinessPath: "/health/ready");
    }

    /// <summary>Where the build put the bot (the test project references it so that it is built first).</summary>
    private static string BotAssembly()
    {
        var path = Path.GetFullPath(typeof(BotProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BotAssembly").Value!);
        if (!File.Exists(path))
            throw new InvalidOperationException($"The bot is not built at {path}; build tests/WorkingParty.EndToEnd.Tests first.");
        return path;
    }
}
