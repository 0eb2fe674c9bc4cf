using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkingParty.Bot.Hosting;
using WorkingParty.Bot.Hosting.ServiceDefaults;

namespace WorkingParty.Bot.Tests.Deployment;

/// <summary><see cref="BotSettings.All"/> against what the bot's code really asks its configuration for.</summary>
public sealed class BotSettingsTests : IDisposable
{
    private readonly string _storage = Directory.CreateTempSubdirectory("bot-settings-").FullName;

    [Fact]
    public async Task Every_setting_the_bot_reads_while_it_starts_is_in_its_settings_list()
    {
        var read = await KeysReadByTheBotAsync();

        Assert.Contains("Storage:ConnectionString", read);
        var unlisted = read.Where(key => !BotSettings.All.Any(setting => Covers(setting.Key, key))).Order().ToList();
        Assert.True(unlisted.Count == 0, $"Read but not in BotSettings.All: {string.Join(", ", unlisted)}");
    }

    [Fact]
    public async Task Every_setting_in_the_list_is_read_by_the_bot()
    {
        var read = await KeysReadByTheBotAsync();

        var neverRead = BotSettings.All.Where(setting => !read.Any(key => Covers(setting.Key, key))).Select(setting => setting.Key);
        Assert.True(!neverRead.Any(), $"Listed but never read: {string.Join(", ", neverRead)}");
    }

    public void Dispose() => Directory.Delete(_storage, recursive: true);

    /// <summary>A listed key covers itself, the sections it sits in, and the entries of a list it names.</summary>
    private static bool Covers(string listed, string read) =>
        string.Equals(listed, read, StringComparison.OrdinalIgnoreCase)
        || listed.StartsWith(read + ":", StringComparison.OrdinalIgnoreCase)
        || read.StartsWith(listed + ":", StringComparison.OrdinalIgnoreCase);

    /// <summary>The keys read with the local file store and with Azure Storage (each reads its own storage settings).</summary>
    private async Task<IReadOnlySet<string>> KeysReadByTheBotAsync() =>
        (await KeysReadAsync(new() { ["Storage:Folder"] = _storage }, startHostedServices: true))
            .Union(await KeysReadAsync(new() { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" }, startHostedServices: false))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Registers the bot's services over a recording configuration, resolves every one of them and starts the hosted
    /// services to the end of their start-up work (the minutes warm-up, which would reach for Azure Storage in the Azure case), which is when the bot reads its settings.
    /// </summary>
    private static async Task<IReadOnlyCollection<string>> KeysReadAsync(Dictionary<string, string?> settings, bool startHostedServices)
    {
        var recording = new RecordingConfigurationSource();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Add(recording).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddServiceDefaults(configuration);
        services.AddWorkingPartyBot();

        await using var provider = services.BuildServiceProvider();
        foreach (var serviceType in services.Select(descriptor => descriptor.ServiceType).Where(type => !type.IsGenericTypeDefinition).Distinct())
            _ = provider.GetServices(serviceType).ToList();
        foreach (var hosted in startHostedServices ? provider.GetServices<IHostedService>() : [])
        {
            await hosted.StartAsync(CancellationToken.None);
            if (hosted is BackgroundService { ExecuteTask: { } running })
                await running;
        }
        return recording.KeysRead;
    }
}
