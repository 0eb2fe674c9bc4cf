using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Minutes.Storage;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_answers_as_soon_as_the_process_does()
    {
        await using var bot = new BotFactory();

        var (status, report) = await GetAsync(bot, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)report["status"]);
        Assert.Equal(["self"], ((JObject)report["checks"]!).Properties().Select(p => p.Name));
    }

    [Fact]
    public async Task Ready_answers_once_the_store_answers_and_the_minutes_are_loaded()
    {
        await using var bot = new BotFactory();

        var (status, report) = await GetAsync(bot, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)report["checks"]!["store"]!["status"]);
        Assert.Equal("Healthy", (string?)report["checks"]!["minutes"]!["status"]);
        var stored = await bot.Services.GetRequiredService<MeetingRepository>().ListIdsAsync().ToListAsync();
        Assert.Contains("2017-03-15-hwp-cyber-issues", stored);
    }

    [Fact]
    public async Task Ready_fails_once_the_store_is_out_of_reach_and_live_does_not()
    {
        var reachable = true;
        var store = EmptyStore(() => reachable);
        var settings = new Dictionary<string, string?> { ["Minutes:Folder"] = Path.Combine(Path.GetTempPath(), "no-minutes-here") };
        await using var bot = new BotFactory(settings, services => services.AddSingleton(store));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(bot, "/health/ready")).Status);

        reachable = false;
        var (ready, report) = await GetAsync(bot, "/health/ready");
        var (live, _) = await GetAsync(bot, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal("Unhealthy", (string?)report["checks"]!["store"]!["status"]);
        Assert.Equal("Healthy", (string?)report["checks"]!["minutes"]!["status"]);
        Assert.Equal(HttpStatusCode.OK, live);
    }

    /// <summary>A store that holds nothing and whose reads fail, as a storage account out of reach does, once <paramref name="reachable"/> says so.</summary>
    private static IDocumentStore EmptyStore(Func<bool> reachable)
    {
        var outOfReach = new IOException("Connection refused (storage.example:443)");
        var store = new Mock<IDocumentStore>();
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(() => reachable() ? Task.FromResult<StoredDocument?>(null) : Task.FromException<StoredDocument?>(outOfReach));
        store.Setup(s => s.ListKeysAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(() => reachable() ? AsyncEnumerable.Empty<string>() : throw outOfReach);
        return store.Object;
    }

    private static async Task<(HttpStatusCode Status, JObject Report)> GetAsync(BotFactory bot, string path)
    {
        using var response = await bot.CreateClient().GetAsync(path);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }
}
