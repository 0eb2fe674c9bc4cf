using System.Diagnostics;
using System.Net;
using System.Text;
using WorkingParty.LoadTest.Processes;
using WorkingParty.LoadTest.Reporting;
using WorkingParty.LoadTest.Setup;
using WorkingParty.LoadTest.Turns;
using WorkingParty.Storage;
using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Blobs;
using WorkingParty.Storage.Files;
using WorkingParty.Testing;

namespace WorkingParty.LoadTest.Comments;

/// <summary>
/// Part 4: 1,000 delegates send a comment form at once (every tenth form twice, as a double click, with the same
/// nonce) to the real bot process, on the file store and on Azurite; stored, lost and duplicated are counted from
/// the bot's store afterwards. The bot answers from the sample minutes on 25 March 2017, when item 7 is open.
/// </summary>
public static class CommentsBenchmark
{
    private const string DeadlineId = "2017-03-15-hwp-cyber-issues/item-7-2017-03-29";
    private const string Today = "2017-03-25";
    private const int Submissions = 1000;
    private const int SentTwiceEvery = 10;
    private static readonly string[] Delegations = ["BE", "CZ", "DE", "EL", "ES", "FR", "IT", "NL", "PL", "SE"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(Workspace workspace, LoadTestReport report)
    {
        LoadTestReport.Section($"Comments: {Submissions} concurrent submissions (every {SentTwiceEvery}th sent twice), comment.submit invokes");
        var fileStore = workspace.NewFolder("comments-store");
        Measure("file store", await SendAsync(workspace, new() { ["Storage__Folder"] = fileStore }, new FileDocumentStore(fileStore)), report);

        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            var blobs = new BlobDocumentStore(azurite.ConnectionString, "working-party");
            Measure("Azurite", await SendAsync(workspace, new() { ["Storage__ConnectionString"] = azurite.ConnectionString }, blobs), report);
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static void Measure(string store, CommentsRun run, LoadTestReport report)
    {
        LoadTestReport.Line($"{store}: {run.Requests} requests in {run.Elapsed.TotalSeconds:0.0} s ({run.PerSecond:0.0}/s), answered {run.Answered}, " +
            $"failed {run.Failed}; stored {run.Stored} of {run.Submissions}, lost {run.Lost}, duplicated {run.Duplicated}");
        report.Bound($"comments lost ({store})", run.Lost, 0);
        report.Bound($"comments duplicated ({store})", run.Duplicated, 0);
    }

    private static async Task<CommentsRun> SendAsync(Workspace workspace, Dictionary<string, string> storage, IDocumentStore store)
    {
        var environment = new Dictionary<string, string>(storage)
        {
            ["Minutes__Folder"] = Path.Combine(RepositoryFolders.Root, "samples", "minutes"),
            ["Clock__Today"] = Today,
        };
        await using var connector = await ReplyConnector.StartAsync();
        await using var bot = BotProcess.Start(Binaries.Bot, environment);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(3) };
        await bot.WaitUntilHealthyAsync(http, StartTimeout);

        var forms = Enumerable.Range(1, Submissions)
            .Select(i => new CommentSubmission(i, DeadlineId, $"form-{i:D4}", $"Comment {i} of the load test on item 7.", Delegations[i % Delegations.Length]))
            .ToList();
        var requests = forms.Concat(forms.Where(f => f.Delegate % SentTwiceEvery == 0)).ToArray();
        new Random(workspace.Options.Seed).Shuffle(requests);

        var started = Stopwatch.GetTimestamp();
        var answered = await Task.WhenAll(requests.Select((form, n) => PostAsync(http, bot.MessagesUrl, form.InvokeJson($"invoke-{n}", connector.ServiceUrl))));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var texts = await StoredComments.TextsAsync(store, DeadlineId);
        var ok = answered.Count(a => a);
        return new CommentsRun(Submissions, requests.Length, ok, requests.Length - ok, texts, elapsed);
    }

    /// <summary>Whether the bot answered the invoke with a card in place of the form (the receipt).</summary>
    private static async Task<bool> PostAsync(HttpClient http, Uri url, string json)
    {
        try
        {
            using var response = await http.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
            return response.StatusCode == HttpStatusCode.OK
                && (await response.Content.ReadAsStringAsync()).Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
