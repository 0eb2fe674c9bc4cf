using WorkingParty.EndToEnd.Tests.Playground;
using WorkingParty.Testing;

namespace WorkingParty.EndToEnd.Tests.Environment;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>) on a free port (<c>-p</c>), in
/// the msteams channel, talking to the bot as <paramref name="persona"/>. It serves its web UI and its mock Bot
/// Connector (<c>/_connector</c>, the serviceUrl of the activities it sends) on that one port.
/// </summary>
public static class AgentsPlayground
{
    public static Task<NodeService> StartAsync(PlaygroundPersona persona, Uri botEndpoint, string folder)
    {
        Directory.CreateDirectory(folder);
        var environment = new Dictionary<string, string>
        {
            // Without it the Playground tries to open a desktop browser and exits when there is none.
            ["TEAMSAPPTESTER_BROWSER"] = "none",
            ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = PlaygroundConfigFile.Write(persona, folder),
            ["TEAMSAPPTESTER_LOGFILE"] = Path.Combine(folder, "playground.log"),
        };
        return NodeService.StartAsync(
            "agentsplayground",
            port => ["-e", botEndpoint.ToString(), "-c", "msteams", "-p", $"{port}", "--disable-telemetry"],
            environment,
            folder,
            readinessPath: "/");
    }
}
