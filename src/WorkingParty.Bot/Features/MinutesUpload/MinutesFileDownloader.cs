using System.Net;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>
/// Fetches a file Teams offers for download into a temporary folder of its own, under the file's own name (the reader takes
/// the type from the extension and may take the meeting date from the name). It fetches only from the origins of
/// <see cref="MinutesDownloadOptions"/> (checked again on every redirect, and after DNS by <see cref="DownloadConnections"/>),
/// refuses files over <see cref="MaxBytes"/> and stops a download that takes longer than the options' timeout however slowly
/// its bytes come. Whatever goes wrong, cancellation included, its temporary folder is removed.
/// </summary>
public sealed class MinutesFileDownloader(IHttpClientFactory httpClients, MinutesDownloadOptions options)
{
    public const string ClientName = "minutes-download";
    public const long MaxBytes = 20 * 1024 * 1024;
    private const int MaxRedirects = 5;

    /// <summary>The downloaded file (delete its folder when done), or why it could not be fetched.</summary>
    public async Task<(string? Path, string? Problem)> DownloadAsync(TeamsFileAttachment file, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        try
        {
            using var response = await GetFollowingRedirectsAsync(file.DownloadUrl, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"Teams did not hand the file over (HTTP {(int)response.StatusCode}); please send it again");
            }

            return response.Content.Headers.ContentLength > MaxBytes ? (null, TooLarge) : await SaveAsync(response, file.FileName, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, $"the download took longer than {options.Timeout.TotalSeconds:0} seconds, so it was stopped; please send the file again");
        }
        catch (Exception e) when (e is DownloadRefusedException || e.InnerException is DownloadRefusedException)
        {
            return (null, (e.InnerException ?? e).Message);
        }
        catch (HttpRequestException)
        {
            return (null, "Teams did not hand the file over (the connection failed); please send it again");
        }
    }

    private async Task<HttpResponseMessage> GetFollowingRedirectsAsync(Uri url, CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(ClientName);
        for (var redirects = 0; ; redirects++)
        {
            if (options.Origins.RefusalFor(url) is { } refusal)
            {
                throw new DownloadRefusedException(redirects == 0 ? refusal : $"the download was redirected elsewhere and the redirect was not followed: {refusal}");
            }

            var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
                or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect))
            {
                return response;
            }

            var location = response.Headers.Location;
            response.Dispose();
            if (location is null || redirects == MaxRedirects)
            {
                throw new DownloadRefusedException($"the download was redirected more than {MaxRedirects} times, or nowhere");
            }

            url = location.IsAbsoluteUri ? location : new Uri(url, location);
        }
    }

    private static async Task<(string? Path, string? Problem)> SaveAsync(HttpResponseMessage response, string fileName, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("wp-minutes-upload-").FullName;
        var path = Path.Combine(folder, fileName);
        var kept = false;
        try
        {
            await using (var source = await response.Content.ReadAsStreamAsync(cancellationToken))
            await using (var target = File.Create(path))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > MaxBytes)
                    {
                        return (null, TooLarge);
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            kept = true;
            return (path, null);
        }
        finally
        {
            if (!kept)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string TooLarge => $"the file is larger than {MaxBytes / (1024 * 1024)} MB, more than minutes ever are";
}
