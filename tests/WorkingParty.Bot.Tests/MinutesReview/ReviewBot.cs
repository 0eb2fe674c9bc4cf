using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Cards.Actions;
using WorkingParty.Minutes.Storage;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.MinutesReview;

using Cards = WorkingParty.Bot.Tests.Secretariat.Cards;

/// <summary>
/// The real bot host (over HTTP, genuine adapter) with two secretariat members, a minutes folder of the test's own
/// (empty, or holding the seed), and a loopback file server Teams' download links point at.
/// </summary>
public sealed class ReviewBot : IAsyncDisposable
{
    public const string Seed = "minutes-hwp-cyber-2017-03.txt";
    public const string SecondSecretaryId = "5e0c0000-0000-0000-0000-00000000a2";

    private readonly Dictionary<string, byte[]> _served = new(StringComparer.Ordinal) { [Seed] = File.ReadAllBytes(SeedPath) };
    private LoopbackHost _files = null!;

    public SecretariatBot Bot { get; private set; } = null!;

    public string MinutesFolder { get; } = Directory.CreateTempSubdirectory("wp-review-minutes-").FullName;

    public JObject Secretary => SecretariatActivities.SecretaryMessage("", Bot.ServiceUrl);

    /// <summary>Another secretariat member, in a personal chat of her own.</summary>
    public JObject SecondSecretary
    {
        get
        {
            var activity = SecretariatActivities.SecretaryMessage("", Bot.ServiceUrl);
            activity["from"] = new JObject { ["id"] = "29:secretary-2", ["name"] = "Luca Bianchi", ["aadObjectId"] = SecondSecretaryId };
            activity["conversation"]!["id"] = "a:personal-secretary-2";
            return activity;
        }
    }

    public JObject Delegate => SecretariatActivities.DelegateMessage("", Bot.ServiceUrl);

    /// <param name="seedInFolder">Whether the minutes folder holds the seed too (as when the same file is also published from the folder).</param>
    /// <param name="today">The day the bot lives (yyyy-mm-dd), when not the seed's 25 March 2017.</param>
    public static async Task<ReviewBot> StartAsync(bool seedInFolder = false, string? today = null)
    {
        var review = new ReviewBot();
        if (seedInFolder) File.Copy(SeedPath, Path.Combine(review.MinutesFolder, Seed));
        review._files = await LoopbackHost.StartAsync(app => app.MapGet("/files/{name}", (string name) =>
            review._served.TryGetValue(name, out var bytes) ? Results.File(bytes, "text/plain") : Results.NotFound()));
        review.Bot = await SecretariatBot.StartAsync(new Dictionary<string, string?>
        {
            ["Minutes:Folder"] = review.MinutesFolder,
            ["Minutes:AllowedDownloadOrigins:0"] = review._files.BaseUrl,
            ["Secretariat:Members:1"] = SecondSecretaryId,
            ["Clock:Today"] = today ?? "2017-03-25",
        });
        return review;
    }

    public static string SeedPath => Path.Combine(RepositoryFolders.Root, "samples", "minutes", Seed);

    /// <summary>A minutes file (the seed unless another is named) sent in the secretary's personal chat: the review card it gets.</summary>
    public Task<JObject> UploadAsync(string name = Seed) => Bot.ReplyCardAsync(FileMessage(name));

    /// <summary>Like <see cref="UploadAsync"/>: the text of the review card (its plain-text twin).</summary>
    public async Task<string> UploadForTextAsync(string name)
    {
        var message = FileMessage(name);
        await Bot.PostAsync(message);
        return Cards.TextOf(Bot.Connector.RepliesTo(message)[^1]);
    }

    private JObject FileMessage(string name) => SecretariatActivities.FileMessage(Secretary, name, "txt", $"{_files.BaseUrl}/files/{name}");

    /// <summary>Makes <paramref name="text"/> downloadable as the file <paramref name="name"/>.</summary>
    public void Serve(string name, string text) => _served[name] = System.Text.Encoding.UTF8.GetBytes(text);

    /// <summary>Presses a button of the review card as <paramref name="from"/>, the card's inputs sent with the changes typed.</summary>
    public Task<JObject> PressAsync(JObject from, JObject card, string verb, params (string Id, string Value)[] changes) =>
        Bot.PressAsync(from, card, verb, ReviewForms.Filled(card, changes));

    public Task<JObject> SaveAsync(JObject card, params (string Id, string Value)[] changes) =>
        PressAsync(Secretary, card, ButtonData.VerbOf<SaveMinutesReview>(), changes);

    public Task<JObject> PublishAsync(JObject card, params (string Id, string Value)[] changes) =>
        PressAsync(Secretary, card, ButtonData.VerbOf<PublishMinutes>(), changes);

    /// <summary>A delegate's question in her personal chat: the text twin of the answer.</summary>
    public async Task<string> AskAsync(string question)
    {
        var message = SecretariatActivities.DelegateMessage(question, Bot.ServiceUrl);
        await Bot.PostAsync(message);
        return Cards.TextOf(Bot.Connector.RepliesTo(message)[^1]);
    }

    /// <summary>A delegate writes comments (as the Czech delegation) on a deadline through its card, as in Teams.</summary>
    public async Task WriteCommentAsync(string deadlineId, string text)
    {
        var deadlines = await Bot.ReplyCardAsync(SecretariatActivities.DelegateMessage("what deadlines are open?", Bot.ServiceUrl));
        var write = deadlines.Descendants().OfType<JObject>().First(o => (string?)o["verb"] == "comment.write" && (string?)o["data"]?["deadlineId"] == deadlineId);
        var form = await Bot.PressAsync(Delegate, new JObject { ["actions"] = new JArray(write.DeepClone()) }, "comment.write");
        await Bot.PressAsync(Delegate, form, "comment.submit", new JObject { ["delegation"] = "CZ", ["comment"] = text });
    }

    public async Task<List<string>> StoredMeetingsAsync() =>
        await Bot.Service<MeetingRepository>().ListAsync().Select(m => m.Id).ToListAsync();

    public async ValueTask DisposeAsync()
    {
        await _files.DisposeAsync();
        await Bot.DisposeAsync();
        Directory.Delete(MinutesFolder, recursive: true);
    }
}
