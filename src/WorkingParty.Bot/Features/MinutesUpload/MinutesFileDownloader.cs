namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>
/// Fetches a file Teams offers for download into a temporary folder of its own, under the file's own name (the
/// reader takes the type from the extension and may take the meeting date from the name), refusing files over <see cref="MaxBytes"/>.
/// </summary>
public sealed class MinutesFileDownloader(IHttpClientFactory httpClients)
{
    public const string ClientName = "minutes-download";
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The downloaded file (delete its folder when done), or why it could not be fetched.</summary>
    public async Task<(string? Path, string? Problem)> DownloadAsync(TeamsFileAttachment file, CancellationToken cancellationToken)
    {
        using var response = await httpClients.CreateClient(ClientName).GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, $"Teams did not hand the file over (HTTP {(int)response.StatusCode}); please send it again");
        }

        if (response.Content.Headers.ContentLength > MaxBytes)
        {
            return (null, TooLarge);
        }

        var folder = Directory.CreateTempSubdirectory("wp-minutes-upload-").FullName;
        var path = Path.Combine(folder, file.FileName);
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
                    break;
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (total <= MaxBytes)
            {
                return (path, null);
            }
        }

        Directory.Delete(folder, recursive: true);
        return (null, TooLarge);
    }

    private static string TooLarge => $"the file is larger than {MaxBytes / (1024 * 1024)} MB, more than minutes ever are";
}
