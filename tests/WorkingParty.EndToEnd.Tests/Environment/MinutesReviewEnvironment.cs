using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WorkingParty.Testing;

namespace WorkingParty.EndToEnd.Tests.Environment;

/// <summary>
/// The end-to-end environment with no minutes stored (an empty <c>Minutes:Folder</c>), so that the secretariat's upload
/// is the only source of answers, and a loopback file server standing in for where Teams keeps the files sent to a
/// bot (its origin in <c>Minutes:AllowedDownloadOrigins</c>), serving the sample minutes.
/// </summary>
public sealed class MinutesReviewEnvironment : EndToEndEnvironment
{
    private LoopbackHost? _files;

    /// <summary>Where the bot downloads the sample minutes file <paramref name="fileName"/> from.</summary>
    public Uri DownloadUrlOf(string fileName) => new($"{_files!.BaseUrl}/files/{Uri.EscapeDataString(fileName)}");

    protected override async Task<IReadOnlyDictionary<string, string>> MoreBotSettingsAsync()
    {
        var samples = Path.Combine(RepositoryFolders.Root, "samples", "minutes");
        _files = await LoopbackHost.StartAsync(app => app.MapGet("/files/{name}", (string name) =>
            Path.GetFileName(name) == name && File.Exists(Path.Combine(samples, name))
                ? Results.File(Path.Combine(samples, name), "text/plain")
                : Results.NotFound()));
        var emptyMinutesFolder = Directory.CreateDirectory(Path.Combine(Root, "minutes")).FullName;
        return new Dictionary<string, string>
        {
            ["Minutes__Folder"] = emptyMinutesFolder,
            ["Minutes__AllowedDownloadOrigins__0"] = _files.BaseUrl,
        };
    }

    protected override async ValueTask DisposeMoreAsync()
    {
        if (_files is not null)
            await _files.DisposeAsync();
    }
}
