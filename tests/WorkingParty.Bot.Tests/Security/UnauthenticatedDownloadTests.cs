using System.Net;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>Issue 14, item 3: anyone may GET the export URLs; a request without a valid token must write nothing.</summary>
public sealed class UnauthenticatedDownloadTests : IAsyncLifetime
{
    private readonly string _storage = Directory.CreateTempSubdirectory("wp-unauthenticated-").FullName;
    private BotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotFactory(new Dictionary<string, string?> { ["Storage:Folder"] = _storage });
        Assert.Equal(HttpStatusCode.OK, (await _bot.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }

    [Fact]
    public async Task Guessing_export_tokens_writes_nothing_to_the_store()
    {
        var guesses = Enumerable.Range(0, 5).Select(i => $"Guess{i}" + new string('x', 26)).ToList();
        var client = _bot.CreateClient();

        foreach (var guess in guesses)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/exports/acknowledgements/" + guess)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/exports/acknowledgements/20170325-120000-abcdef/{guess}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/exports/{new string('a', 31)}{guess[5]}.csv")).StatusCode);
        }

        var written = Directory.EnumerateFileSystemEntries(_storage, "*", SearchOption.AllDirectories)
            .Where(path => path.Contains("export", StringComparison.OrdinalIgnoreCase) || guesses.Any(g => path.Contains(g, StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(written);
    }
}
