using System.Diagnostics;

namespace WorkingParty.LoadTest.Processes;

/// <summary>
/// A .NET program started with <c>dotnet &lt;dll&gt;</c> in its own folder: its output drained (the last lines kept
/// for diagnostics, errors it logged counted and the first one kept), its start time taken just before it is launched,
/// killed with its tree on dispose.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 40;
    private const int KeptErrorLines = 20;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly List<string> _firstError = [];
    private int _errorsLogged;

    private ChildProcess(Process process, long startedAt)
    {
        _process = process;
        StartedAt = startedAt;
    }

    /// <summary>A <see cref="Stopwatch"/> timestamp taken right before the process was launched.</summary>
    public long StartedAt { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Resident memory now (VmRSS on Linux).</summary>
    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>User and system CPU time the process has used: a cost that does not depend on how busy the machine is.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ChildProcess Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        var process = new Process { StartInfo = start };
        var child = new ChildProcess(process, Stopwatch.GetTimestamp());
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Entries the program logged at Error or Critical level (the console logger's <c>fail:</c> and <c>crit:</c>).</summary>
    public int ErrorsLogged => Volatile.Read(ref _errorsLogged);

    /// <summary>The first error the program logged, with the lines that followed it (its exception), or empty.</summary>
    public string FirstError()
    {
        lock (_lastLines)
            return string.Join(Environment.NewLine, _firstError);
    }

    /// <summary>The last lines the process wrote, for an error message.</summary>
    public string RecentOutput()
    {
        lock (_lastLines)
            return string.Join(Environment.NewLine, _lastLines);
    }

    /// <summary>Closes the child's standard input: the sender host takes that as its signal to stop.</summary>
    public async Task StopGentlyAsync(TimeSpan timeout)
    {
        _process.StandardInput.Close();
        using var patience = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>SIGKILL: no shutdown code runs in the child.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        var isError = line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal);
        if (isError)
            Interlocked.Increment(ref _errorsLogged);
        lock (_lastLines)
        {
            if ((isError && _firstError.Count == 0) || (_firstError.Count is > 0 and < KeptErrorLines))
                _firstError.Add(line);
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines)
                _lastLines.Dequeue();
        }
    }
}
