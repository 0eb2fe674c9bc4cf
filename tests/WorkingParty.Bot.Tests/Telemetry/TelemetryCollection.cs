namespace WorkingParty.Bot.Tests.Telemetry;

/// <summary>
/// Runs alone, after the tests that run in parallel: the bot's meters are static, so a host's metrics would count the
/// turns of every other host in the process while they run.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
