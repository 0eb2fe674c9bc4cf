namespace WorkingParty.Testing;

/// <summary>
/// A node tool from tests/tools/node_modules/.bin listening on a free loopback port: started,
/// awaited until the port answers, and killed with its process tree on dispose.
/// </summary>
public sealed class NodeService : IAsyncDisposable
{
    private readonly LoopbackProcess _process;

    private NodeService(LoopbackProcess process) => _process = process;

    public int Port => _process.Port;

    /// <param name="tool">The name in node_modules/.bin, e.g. "azurite-blob".</param>
    /// <param name="arguments">The tool's arguments given the chosen port.</param>
    /// <param name="environment">Variables added to the inherited environment.</param>
    /// <param name="workingDirectory">Where the tool runs (and writes any files of its own); the temp folder by default.</param>
    /// <param name="readinessPath">An HTTP path that answers 2xx once the tool is ready; a TCP connection is enough when null.</param>
    public static async Task<NodeService> StartAsync(
        string tool,
        Func<int, IEnumerable<string>> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        string? readinessPath = null)
    {
        var script = Path.Combine(RepositoryFolders.NodeModules, ".bin", tool);
        if (!File.Exists(script))
            throw new InvalidOperationException($"{script} is missing. Run build/install-test-tools.sh first.");
        return new NodeService(await LoopbackProcess.StartAsync(tool, "node", port => [script, .. arguments(port)], environment, workingDirectory, readinessPath));
    }

    /// <summary>What the tool wrote to stdout and stderr so far.</summary>
    public string Output() => _process.Output();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
