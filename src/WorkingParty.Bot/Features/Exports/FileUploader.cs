using System.Net.Http.Headers;
using WorkingParty.Bot.Features.MinutesUpload;

namespace WorkingParty.Bot.Features.Exports;

/// <summary>
/// Puts an accepted export file where Teams said to (the user's OneDrive): one PUT of the whole file, only to the origins of
/// <see cref="ExportOptions.AllowedUploadOrigins"/>, redirects not followed.
/// </summary>
public sealed class FileUploader(IHttpClientFactory httpClients, ExportOptions options)
{
    public const string ClientName = "export-upload";

    private readonly DownloadOrigins _origins = options.UploadOrigins();

    /// <summary>Null once the file is uploaded; otherwise why not, as a sentence.</summary>
    public async Task<string?> UploadAsync(Uri uploadUrl, ExportFile file, CancellationToken cancellationToken)
    {
        if (uploadUrl.Scheme is not ("https" or "http") || !_origins.Allows(uploadUrl))
            return $"Teams asked me to upload it to {uploadUrl.Scheme}://{uploadUrl.Authority}, which is not where Teams keeps files, so I did not.";
        using var content = new ByteArrayContent(file.Content);
        content.Headers.ContentLength = file.Content.LongLength;
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(0, file.Content.LongLength - 1), file.Content.LongLength);
        using var response = await httpClients.CreateClient(ClientName).PutAsync(uploadUrl, content, cancellationToken);
        return response.IsSuccessStatusCode ? null : $"OneDrive did not take the file (HTTP {(int)response.StatusCode}).";
    }
}
