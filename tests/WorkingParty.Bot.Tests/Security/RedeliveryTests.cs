using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Cards.Actions;
using WorkingParty.Storage;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>Issue 14, item 12: Teams delivers an activity again when it thinks the first delivery failed; one activity has one effect.</summary>
public sealed class RedeliveryTests : IAsyncLifetime
{
    private SecretariatBot _bot = null!;
    private LoopbackHost _files = null!;
    private int _downloads;

    public async Task InitializeAsync()
    {
        _files = await LoopbackHost.StartAsync(app => app.MapGet("/files/seed", () =>
        {
            Interlocked.Increment(ref _downloads);
            return Results.File(File.ReadAllBytes(Path.Combine(RepositoryFolders.Root, "samples", "minutes", "minutes-hwp-cyber-2017-03.txt")), "text/plain");
        }));
        _bot = await SecretariatBot.StartAsync(new Dictionary<string, string?> { ["Minutes:AllowedDownloadOrigins:0"] = _files.BaseUrl });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _files.DisposeAsync();
    }

    [Fact]
    public async Task A_question_delivered_twice_is_answered_once()
    {
        var question = SecretariatActivities.DelegateMessage("when is the next meeting?", _bot.ServiceUrl);

        await Task.WhenAll(_bot.PostAsync(question), _bot.PostAsync(question));
        await _bot.PostAsync(question);

        // A turn runs inside its request: all three have been answered, so every reply they bring has been sent.

        Assert.Single(_bot.Connector.RepliesTo(question), reply => (string?)reply["type"] == "message");
    }

    [Fact]
    public async Task A_minutes_file_delivered_twice_is_downloaded_and_kept_once()
    {
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);
        var upload = SecretariatActivities.FileMessage(secretary, "minutes-hwp-cyber-2017-03.txt", "txt", _files.BaseUrl + "/files/seed");

        await Task.WhenAll(_bot.PostAsync(upload), _bot.PostAsync(upload));
        await _bot.PostAsync(upload);

        // A turn runs inside its request: all three have been answered, so every download and reply is done.

        Assert.Equal(1, _downloads);
        Assert.Single(await _bot.Service<IDocumentStore>().ListKeysAsync("minutes-uploads/").ToListAsync());
        Assert.Single(_bot.Connector.RepliesTo(upload), reply => (string?)reply["type"] == "message");
    }

    [Fact]
    public async Task A_minutes_file_delivered_again_after_a_restart_is_not_downloaded_again()
    {
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);
        var upload = SecretariatActivities.FileMessage(secretary, "minutes-hwp-cyber-2017-03.txt", "txt", _files.BaseUrl + "/files/seed");
        await _bot.PostAsync(upload);

        await _bot.RestartAsync();
        await _bot.PostAsync(upload);

        Assert.Equal(1, _downloads);
        Assert.Single(await _bot.Service<IDocumentStore>().ListKeysAsync("minutes-uploads/").ToListAsync());
    }

    [Fact]
    public async Task Two_different_activities_with_the_same_text_are_both_answered()
    {
        var first = SecretariatActivities.DelegateMessage("when is the next meeting?", _bot.ServiceUrl);
        var second = SecretariatActivities.DelegateMessage("when is the next meeting?", _bot.ServiceUrl);

        await _bot.PostAsync(first);
        await _bot.PostAsync(second);

        Assert.Single(_bot.Connector.RepliesTo(first), reply => (string?)reply["type"] == "message");
        Assert.Single(_bot.Connector.RepliesTo(second), reply => (string?)reply["type"] == "message");
    }
}
