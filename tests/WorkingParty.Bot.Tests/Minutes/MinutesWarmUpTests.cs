using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Hosting;
using WorkingParty.Minutes.Storage;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Minutes;

public sealed class MinutesWarmUpTests : IDisposable
{
    private const string SeedMeeting = "2017-03-15-hwp-cyber-issues";
    private readonly string _storage = Directory.CreateTempSubdirectory("minutes-warm-up-").FullName;

    public void Dispose() => Directory.Delete(_storage, recursive: true);

    [Fact]
    public async Task The_minutes_are_loaded_from_the_host_start_on_without_holding_the_start_up()
    {
        await using var provider = BotServices();
        var warmUp = provider.GetServices<IHostedService>().OfType<MinutesWarmUp>().Single();

        Assert.True(warmUp.StartAsync(CancellationToken.None).IsCompleted);
        await warmUp.ExecuteTask!;

        Assert.Contains(SeedMeeting, await provider.GetRequiredService<MeetingRepository>().ListIdsAsync().ToListAsync());
        var answerer = await provider.GetRequiredService<MinutesCatalog>().GetAnswererAsync();
        Assert.Contains(answerer.Library.Meetings, m => m.Id == SeedMeeting);
        // Stopped as the host stops it: once the index it built is written, not while it is being written to the store.
        await warmUp.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task No_answer_comes_from_minutes_that_could_not_be_stored()
    {
        var store = new FileDocumentStore(_storage);
        await using var provider = BotServices(services => services.AddSingleton<IDocumentStore>(new DocumentStoreFailingOn("meetings/" + SeedMeeting, store)));
        var catalog = provider.GetRequiredService<MinutesCatalog>();

        await Assert.ThrowsAsync<IOException>(() => catalog.GetAnswererAsync());
        Assert.Null(await new MeetingRepository(store).GetAsync(SeedMeeting));
        // The answerer was being built beside the failed ingestion: its index is written before the store goes.
        await catalog.IndexKeptAsync();
    }

    private ServiceProvider BotServices(Action<IServiceCollection>? overrides = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Folder"] = _storage,
            ["Minutes:Folder"] = Path.Combine(RepositoryFolders.Root, "samples", "minutes"),
            ["Clock:Today"] = "2017-03-25",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddWorkingPartyBot();
        overrides?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
