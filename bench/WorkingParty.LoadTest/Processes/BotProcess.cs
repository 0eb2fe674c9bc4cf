using System.Net;
using System.Net.Sockets;

namespace WorkingParty.LoadTest.Processes;

/// <summary>A bot web host (the bot or the echo baseline) started on a free loopback port.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private BotProcess(ChildProcess process, Uri baseUrl)
    {
        Process = process;
        BaseUrl = baseUrl;
    }

    public ChildProcess Process { get; }

    public Uri BaseUrl { get; }

    public Uri MessagesUrl => new(BaseUrl, "api/messages");

    public static BotProcess Start(string dll, IReadOnlyDictionary<string, string> environment)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        var process = ChildProcess.Start(dll, ["--urls", baseUrl.ToString().TrimEnd('/')], environment);
        return new BotProcess(process, baseUrl);
    }

    /// <summary>Waits until /health/ready answers 200 (it does once the minutes are loaded).</summary>
    public async Task WaitUntilHealthyAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Process.HasExited)
                throw new InvalidOperationException("The bot exited while starting:\n" + Process.RecentOutput());
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "health/ready"));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The bot did not answer /health/ready within {timeout.TotalSeconds} s:\n" + Process.RecentOutput());
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
