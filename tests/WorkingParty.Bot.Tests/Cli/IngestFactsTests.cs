using WorkingParty.Bot.Tests.MinutesReview;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Cli;

/// <summary>
/// <c>ingest &lt;new file&gt;</c> on the command line prints what the secretariat's review card lists for the same file
/// sent in Teams: every fact, in the card's order (the uncertain first), each line as the card's text says it.
/// </summary>
public sealed class IngestFactsTests : IAsyncLifetime
{
    private static readonly string BotDll = Path.Combine(AppContext.BaseDirectory, "WorkingParty.Bot.dll");
    private readonly string _workingFolder = Directory.CreateTempSubdirectory("bot-cli-ingest-").FullName;
    private ReviewBot _review = null!;

    public async Task InitializeAsync() => _review = await ReviewBot.StartAsync();

    public async Task DisposeAsync()
    {
        await _review.DisposeAsync();
        Directory.Delete(_workingFolder, recursive: true);
    }

    [Theory]
    [InlineData("minutes-hwp-cyber-2017-03.txt")]
    [InlineData("minutes-copen-2018-10.txt")]
    [InlineData("2019-02-20-twp-minutes.txt")]
    public async Task Ingest_prints_every_fact_of_the_review_card_in_the_same_order(string file)
    {
        var path = Path.Combine(RepositoryFolders.Root, "samples", "minutes", file);
        _review.Serve(file, await File.ReadAllTextAsync(path));
        var card = await _review.UploadForTextAsync(file);

        var (exitCode, printed) = await ToolProcess.RunAsync("dotnet", [BotDll, "ingest", path], _workingFolder);

        Assert.Equal(0, exitCode);
        Assert.Contains("- Meeting date: ", card);
        Assert.Equal(Facts(card), Facts(printed));
    }

    /// <summary>The lines from the first fact on: what a review lists, whatever the state its header tells.</summary>
    private static List<string> Facts(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').SkipWhile(line => !line.StartsWith("- Working party: ", StringComparison.Ordinal))
            .Where(line => line.Trim().Length > 0)];
}
