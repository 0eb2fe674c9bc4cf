using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WorkingParty.Bot.Features.MinutesUpload;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Cards.Actions;
using WorkingParty.Testing;
using CardText = WorkingParty.Bot.Tests.Secretariat.Cards;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>
/// Issue 14, items 4 and 5: a minutes file is fetched only from the origins Teams keeps files at (<c>Minutes:AllowedDownloadOrigins</c>),
/// on every redirect too, and within a deadline for the whole download (<c>Minutes:DownloadTimeout</c>); its temp folder never stays behind.
/// Two loopback file servers stand in for them: "listed" is a listed origin, "internal" is any other host the bot can reach.
/// </summary>
public sealed class MinutesDownloadTests : IAsyncLifetime
{
    private const string Seed = "minutes-hwp-cyber-2017-03.txt";
    private SecretariatBot _bot = null!;
    private LoopbackHost _listed = null!;
    private LoopbackHost _internal = null!;
    private int _internalHits;

    public async Task InitializeAsync()
    {
        _internal = await LoopbackHost.StartAsync(app => app.MapGet("/{**path}", () =>
        {
            Interlocked.Increment(ref _internalHits);
            return Results.File(File.ReadAllBytes(Path.Combine(RepositoryFolders.Root, "samples", "minutes", Seed)), "text/plain");
        }));
        _listed = await LoopbackHost.StartAsync(app =>
        {
            app.MapGet("/files/redirect", () => Results.Redirect(_internal.BaseUrl + "/latest/meta-data/"));
            app.MapGet("/files/trickle", async (HttpResponse response, CancellationToken aborted) =>
            {
                response.ContentType = "text/plain";
                for (var i = 0; i < 8 && !aborted.IsCancellationRequested; i++)
                {
                    await response.Body.WriteAsync("x"u8.ToArray(), aborted);
                    await response.Body.FlushAsync(aborted);
                    await Task.Delay(TimeSpan.FromSeconds(1), aborted);
                }
            });
        });
        var internalPort = new Uri(_internal.BaseUrl).Port;
        _bot = await SecretariatBot.StartAsync(new Dictionary<string, string?>
        {
            ["Minutes:AllowedDownloadOrigins:0"] = _listed.BaseUrl,
            ["Minutes:AllowedDownloadOrigins:1"] = $"http://*.sharepoint.test:{internalPort}",
            ["Minutes:AllowedDownloadOrigins:2"] = $"http://minutes.sharepoint.test:{internalPort}",
            ["Minutes:DownloadTimeout"] = "00:00:02",
        }, services: services => services.AddSingleton<IHostAddresses>(new LoopbackNames()));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _listed.DisposeAsync();
        await _internal.DisposeAsync();
    }

    [Fact]
    public async Task A_link_to_a_host_that_is_not_listed_is_refused_and_never_fetched()
    {
        var answer = await UploadAsync(_internal.BaseUrl + "/files/seed");

        Assert.Contains("was not stored", answer);
        Assert.Contains("not one Teams keeps files at", answer);
        Assert.Equal(0, _internalHits);
    }

    [Fact]
    public async Task A_redirect_to_a_host_that_is_not_listed_is_refused_and_never_followed()
    {
        var answer = await UploadAsync(_listed.BaseUrl + "/files/redirect");

        Assert.Contains("was not stored", answer);
        Assert.Contains("redirect", answer);
        Assert.Equal(0, _internalHits);
    }

    [Fact]
    public async Task A_host_allowed_by_a_wildcard_that_resolves_to_a_loopback_address_is_refused_without_connecting()
    {
        var answer = await UploadAsync($"http://tenant.sharepoint.test:{new Uri(_internal.BaseUrl).Port}/files/seed");

        Assert.Contains("was not stored", answer);
        Assert.Contains("resolves to 127.0.0.1, a loopback, private or link-local address", answer);
        Assert.Equal(0, _internalHits);
    }

    [Fact]
    public async Task A_host_listed_by_name_is_trusted_as_listed_whatever_it_resolves_to()
    {
        var answer = await UploadAsync($"http://minutes.sharepoint.test:{new Uri(_internal.BaseUrl).Port}/files/seed");

        Assert.Contains("Review the minutes", answer);
        Assert.Equal(1, _internalHits);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://localhost/admin")]
    [InlineData("http://10.0.0.1/files/seed")]
    [InlineData("http://[::1]/files/seed")]
    public async Task A_link_to_a_metadata_loopback_or_private_address_is_refused_without_connecting(string url)
    {
        var answer = await UploadAsync(url);

        Assert.Contains("was not stored", answer);
        Assert.Contains("not one Teams keeps files at", answer);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file:")]
    [InlineData("ftp://files.example.org/minutes.txt", "ftp:")]
    public async Task File_and_ftp_links_are_refused_with_a_clear_reason(string url, string scheme)
    {
        var answer = await UploadAsync(url);

        Assert.Contains("was not stored", answer);
        Assert.Contains($"a {scheme} link", answer);
    }

    [Fact]
    public async Task A_download_trickling_past_the_deadline_is_stopped_with_the_reason_and_leaves_no_temp_folder()
    {
        var name = $"trickle-{Guid.NewGuid():N}.txt";

        var answer = await UploadAsync(_listed.BaseUrl + "/files/trickle", name);

        Assert.Contains("was not stored", answer);
        Assert.Contains("took longer than 2 seconds", answer);
        Assert.Empty(LeftoverFolders(name));
    }

    [Fact]
    public async Task A_download_cancelled_midway_leaves_no_temp_folder()
    {
        var name = $"cancelled-{Guid.NewGuid():N}.txt";
        var file = new TeamsFileAttachment(name, new Uri(_listed.BaseUrl + "/files/trickle"), "txt");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _bot.Service<MinutesFileDownloader>().DownloadAsync(file, cancel.Token));

        Assert.Empty(LeftoverFolders(name));
    }

    private async Task<string> UploadAsync(string url, string name = Seed)
    {
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);
        return CardText.Words(await _bot.ReplyCardAsync(SecretariatActivities.FileMessage(secretary, name, "txt", url)));
    }

    private static IEnumerable<string> LeftoverFolders(string fileName) =>
        Directory.EnumerateDirectories(Path.GetTempPath(), "wp-minutes-upload-*").Where(folder => File.Exists(Path.Combine(folder, fileName)));

    /// <summary>The DNS as an attacker who controls a name under an allowed domain makes it answer: every name is 127.0.0.1.</summary>
    private sealed class LoopbackNames : IHostAddresses
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Task.FromResult(new[] { IPAddress.Loopback });
    }
}
