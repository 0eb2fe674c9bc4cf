using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Tests.Support;

/// <summary>
/// The real bot host in memory, with configuration overrides for one test. Unless the settings say
/// otherwise, it stores in a folder of its own and its day is pinned to 25 March 2017.
/// </summary>
public sealed class BotFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? overrideServices = null)
    : WebApplicationFactory<Program>
{
    private readonly string _storage = Directory.CreateTempSubdirectory("bot-host-").FullName;

    public BotFactory() : this(new Dictionary<string, string?>())
    {
    }

    public BotFactory WithServices(Action<IServiceCollection> services) => new(settings, services);

    /// <summary>POSTs an activity to /api/messages as a channel would.</summary>
    public Task<HttpResponseMessage> PostAsync(JObject activity) =>
        CreateClient().PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Folder", _storage);
        builder.UseSetting("Clock:Today", "2017-03-25");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (overrideServices is not null)
        {
            builder.ConfigureTestServices(overrideServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }
}
