using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorkingParty.Testing;

/// <summary>
/// A child process serving on a free loopback port: started, awaited until the port accepts connections (and,
/// when a readiness path is given, until an HTTP GET of it succeeds), and killed with its whole process tree on
/// dispose. Its output is kept for error messages.
/// </summary>
public sealed class LoopbackProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LoopbackProcess(Process process, string name, int port)
    {
        _process = process;
        Name = name;
        Port = port;
    }

    public string Name { get; }

    public int Port { get; }

    /// <param name="name">What to call the process in error messages.</param>
    /// <param name="arguments">The arguments given the chosen port.</param>
    /// <param name="environment">Variables added to the inherited environment.</param>
    /// <param name="readinessPath">An HTTP path (e.g. "/health/ready") that answers 2xx once the process is ready.</param>
    public static async Task<LoopbackProcess> StartAsync(
        string name,
        string fileName,
        Func<int, IEnumerable<string>> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        string? readinessPath = null)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments(port))
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var child = new LoopbackProcess(new Process { StartInfo = start }, name, port);
        child._process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        await child.WaitUntilReadyAsync(readinessPath);
        return child;
    }

    /// <summary>Raised with each line the process writes to stdout or stderr, once it is kept in <see cref="Output"/>.</summary>
    public event Action<string>? LineWritten;

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
    public string Output()
    {
        lock (_output)
            return _output.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(string? readinessPath)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was ready on port {Port}: {Output()}");
            if (started.Elapsed > StartTimeout)
            {
                await DisposeAsync();
                throw new TimeoutException($"{Name} was not ready on port {Port} within {StartTimeout.TotalSeconds} s: {Output()}");
            }
            if (await AcceptsConnectionsAsync() && (readinessPath is null || await AnswersAsync(http, readinessPath)))
                return;
            await Task.Delay(100);
        }
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task<bool> AnswersAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{Port}{path}"));
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        LineWritten?.Invoke(line);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
