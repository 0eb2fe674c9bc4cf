using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorkingParty.Testing;

/// <summary>
/// A node tool from tests/tools/node_modules/.bin listening on a free loopback port: started,
/// awaited until the port answers, and killed with its process tree on dispose.
/// </summary>
public sealed class NodeService : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly StringBuilder output;

    private NodeService(Process process, StringBuilder output, int port)
    {
        this.process = process;
        this.output = output;
        Port = port;
    }

    public int Port { get; }

    /// <param name="tool">The name in node_modules/.bin, e.g. "azurite-blob".</param>
    /// <param name="arguments">The tool's arguments given the chosen port.</param>
    public static async Task<NodeService> StartAsync(string tool, Func<int, IEnumerable<string>> arguments)
    {
        var script = Path.Combine(RepositoryFolders.NodeModules, ".bin", tool);
        if (!File.Exists(script))
            throw new InvalidOperationException($"{script} is missing. Run build/install-test-tools.sh first.");
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments(port))
            start.ArgumentList.Add(argument);

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var service = new NodeService(process, output, port);
        await service.WaitUntilListeningAsync(tool);
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task WaitUntilListeningAsync(string tool)
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{tool} exited with code {process.ExitCode} before listening on port {Port}: {Output()}");
            if (started.Elapsed > StartTimeout)
            {
                await DisposeAsync();
                throw new TimeoutException($"{tool} did not listen on port {Port} within {StartTimeout.TotalSeconds} s: {Output()}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
    }

    private string Output()
    {
        lock (output)
            return output.ToString();
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
