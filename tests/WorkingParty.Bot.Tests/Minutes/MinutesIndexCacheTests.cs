using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Hosting;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Publication;
using WorkingParty.Minutes.Storage;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Minutes;

/// <summary>
/// The full-text index kept beside the file store between starts: a restart on the same minutes loads it; a correction
/// or a withdrawal made since builds it afresh, over the minutes as answered.
/// </summary>
public sealed class MinutesIndexCacheTests : IDisposable
{
    private const string SeedMeeting = "2017-03-15-hwp-cyber-issues";
    private static readonly CorrectionMark Secretariat = new("Jan Novak", new DateTimeOffset(2017, 3, 27, 9, 0, 0, TimeSpan.Zero), new(2017, 3, 27));
    private readonly string _storage = Directory.CreateTempSubdirectory("minutes-index-cache-").FullName;

    public void Dispose() => Directory.Delete(_storage, recursive: true);

    private string CacheFolder => Path.Combine(_storage, ".index-cache");

    [Fact]
    public async Task A_restart_on_the_same_minutes_loads_the_index_kept_beside_the_store()
    {
        Assert.False((await StartAsync()).Library.IndexLoaded);

        Assert.True((await StartAsync()).Library.IndexLoaded);
        Assert.Single(Directory.GetFiles(CacheFolder));
    }

    [Fact]
    public async Task A_correction_made_since_builds_the_index_over_the_corrected_minutes()
    {
        var seed = await FirstStartAsync();
        await using (var provider = BotServices())
        {
            await provider.GetRequiredService<MinutesCorrections>().SaveAsync(MeetingSource.IdOf(seed),
                set => MinutesEditor.Apply(seed, set, [new SetItemTitle(seed.Items[^1].Number, "Quantum ropeway safety")], Secretariat).Corrections);
        }

        var restarted = await StartAsync();

        Assert.False(restarted.Library.IndexLoaded);
        Assert.Contains(restarted.Library.Meetings.Single(m => m.Id == SeedMeeting).Items, i => i.Title == "Quantum ropeway safety");
    }

    [Fact]
    public async Task A_withdrawal_made_since_builds_the_index_without_the_withdrawn_minutes()
    {
        var seed = await FirstStartAsync();
        await using (var provider = BotServices())
        {
            await provider.GetRequiredService<MinutesPublications>().WithdrawAsync(MeetingSource.IdOf(seed), Secretariat);
        }

        var restarted = await StartAsync();

        Assert.False(restarted.Library.IndexLoaded);
        Assert.DoesNotContain(restarted.Library.Meetings, m => m.Id == SeedMeeting);
    }

    [Fact]
    public async Task Switched_off_no_index_is_kept()
    {
        await StartAsync(cacheIndex: false);

        Assert.False((await StartAsync(cacheIndex: false)).Library.IndexLoaded);
        Assert.False(Directory.Exists(CacheFolder));
    }

    /// <summary>A first start on the empty store, once its index is written; the seed meeting as stored.</summary>
    private async Task<Meeting> FirstStartAsync()
    {
        await StartAsync();
        await using var provider = BotServices();
        return (await provider.GetRequiredService<MeetingRepository>().GetAsync(SeedMeeting))!;
    }

    /// <summary>Starts the minutes of a new host on the store and returns its answerer once the index it built, if any, is written.</summary>
    private async Task<Answers.QuestionAnswerer> StartAsync(bool cacheIndex = true)
    {
        await using var provider = BotServices(cacheIndex);
        var catalog = provider.GetRequiredService<MinutesCatalog>();
        var answerer = await catalog.GetAnswererAsync();
        await catalog.IndexKeptAsync();
        return answerer;
    }

    private ServiceProvider BotServices(bool cacheIndex = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Folder"] = _storage,
            ["Minutes:Folder"] = Path.Combine(RepositoryFolders.Root, "samples", "minutes"),
            ["Minutes:CacheIndex"] = cacheIndex ? "true" : "false",
            ["Clock:Today"] = "2017-03-25",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddWorkingPartyBot();
        return services.BuildServiceProvider();
    }
}
