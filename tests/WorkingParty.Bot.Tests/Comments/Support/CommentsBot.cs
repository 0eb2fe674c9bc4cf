using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Comments;
using WorkingParty.Comments.Export;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Comments.Support;

/// <summary>
/// The real bot host with its own comment store and a pinned day, a fake Bot Connector for its replies, and the
/// Teams activities the comment cards cause: Action.Execute invokes and Action.Submit messages.
/// </summary>
public sealed class CommentsBot : IAsyncDisposable
{
    public const string Item7 = "2017-03-15-hwp-cyber-issues/item-7-2017-03-29";
    public const string Item9 = "2017-03-15-hwp-cyber-issues/item-9-2017-04-03";

    private readonly BotFactory _host;
    private readonly HttpClient _client;

    private CommentsBot(BotFactory host, FakeBotConnector connector, string storageFolder)
    {
        _host = host;
        _client = host.CreateClient();
        Connector = connector;
        StorageFolder = storageFolder;
    }

    public FakeBotConnector Connector { get; }

    public string StorageFolder { get; }

    public CommentService Comments => (CommentService)_host.Services.GetService(typeof(CommentService))!;

    /// <param name="timeZone">Where the working party sits (<c>Clock:TimeZone</c>); Europe/Brussels when null.</param>
    /// <param name="settings">Further settings of the host (comment limits, for one).</param>
    /// <param name="time">The host's clock instead of the pinned day, for what expires.</param>
    public static async Task<CommentsBot> StartAsync(
        string today = "2017-03-25", string? timeZone = null, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var folder = Directory.CreateTempSubdirectory("comments-bot-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["Storage:Folder"] = folder,
            ["Clock:Today"] = today,
            ["Clock:TimeZone"] = timeZone ?? "Europe/Brussels",
            ["Secretariat:Members:0"] = TeamsUser.Secretariat.AadObjectId,
            ["Bot:PublicUrl"] = "http://localhost",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var host = new BotFactory(all, time is null ? null : services => services.AddSingleton(time));
        return new CommentsBot(host, await FakeBotConnector.StartAsync(), folder);
    }

    /// <summary>Clicks an Action.Execute button: the invoke response Teams gets back (statusCode, type, value).</summary>
    public async Task<JObject> ExecuteAsync(JObject data, TeamsUser? user = null)
    {
        var activity = Activity("invoke", user);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JObject
        {
            ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = data["verb"], ["data"] = data },
            ["trigger"] = "manual",
        };
        var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The card that replaced the clicked one, from an invoke response that answered in place.</summary>
    public static JObject ReplacingCard(JObject invokeResponse)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)invokeResponse["type"]);
        return (JObject)invokeResponse["value"]!;
    }

    /// <summary>
    /// Clicks an Action.Submit button on the card message <paramref name="cardActivityId"/>; returns the activity the
    /// bot sent to the connector (an update of that card carries its id).
    /// </summary>
    public Task<JObject> SubmitAsync(JObject data, string cardActivityId, TeamsUser? user = null)
    {
        var activity = Activity("message", user);
        activity["replyToId"] = cardActivityId;
        activity["value"] = data;
        return PostAndTakeReplyAsync(activity);
    }

    /// <summary>Types a message in the user's personal chat; returns the card of the bot's reply.</summary>
    public async Task<JObject> SayAsync(string text, TeamsUser? user = null)
    {
        var activity = Activity("message", user);
        activity["text"] = text;
        return CardOf(await PostAndTakeReplyAsync(activity));
    }

    /// <summary>
    /// Types a message in the user's personal chat, or @mentioning the bot in the team's General channel; returns everything the
    /// bot sent to the connector meanwhile.
    /// </summary>
    public Task<IReadOnlyList<ConnectorRequest>> SayForAllAsync(string text, TeamsUser user, bool inChannel = false)
    {
        var activity = inChannel ? TeamsActivities.ChannelMention(text, Connector.ServiceUrl) : Activity("message", user);
        activity["from"] = user.From();
        activity["text"] = inChannel ? activity["text"] : text;
        return PostForAllAsync(activity);
    }

    /// <summary>
    /// Asks for a deadline's compilation as the secretariat on Web Chat, where it comes as download links: the summary card,
    /// and each file downloaded through its link, by extension (".docx", ".csv").
    /// </summary>
    public async Task<(JObject Summary, IReadOnlyDictionary<string, byte[]> Files)> ExportAsync(string deadlineId)
    {
        var sent = await SayOnWebChatAsync($"export comments {deadlineId}", TeamsUser.Secretariat);
        var files = new Dictionary<string, byte[]>();
        foreach (var link in sent.SelectMany(r => CardJsonQuery.Links(CardOf(r.Activity))).Select(l => new Uri(l)))
            files[Path.GetExtension(link.AbsolutePath)] = await (await GetAsync(link.PathAndQuery)).Content.ReadAsByteArrayAsync();
        return (CardOf(sent[0].Activity), files);
    }

    /// <summary>Presses Allow (uploading to <paramref name="uploadUrl"/>) or Decline on a file consent card; returns what the bot sent meanwhile.</summary>
    public Task<IReadOnlyList<ConnectorRequest>> AnswerFileAsync(JObject offer, bool accept, TeamsUser user, string? uploadUrl = null, string cardId = "consent-card") =>
        PostForAllAsync(FileConsentCards.Answer(Activity("message", user), offer, accept, cardId, uploadUrl));

    /// <summary>Types a message on a channel other than Teams (Web Chat: no file cards); returns everything the bot sent meanwhile.</summary>
    public Task<IReadOnlyList<ConnectorRequest>> SayOnWebChatAsync(string text, TeamsUser user)
    {
        var activity = Activity("message", user);
        activity["text"] = text;
        activity["channelId"] = "webchat";
        activity.Remove("channelData");
        ((JObject)activity["conversation"]!).Remove("conversationType");
        return PostForAllAsync(activity);
    }

    /// <summary>Clicks a button whose answer is a new message rather than a replaced card; returns that message's card.</summary>
    public async Task<JObject> ExecuteForMessageAsync(JObject data, TeamsUser? user = null)
    {
        var before = Connector.Received.Count;
        var response = await ExecuteAsync(data, user);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        return CardOf(await ReplyAfterAsync(before));
    }

    public static JObject CardOf(JObject activity) => (JObject)activity["attachments"]![0]!["content"]!;

    /// <summary>Asks for the open deadlines and takes the "Write comments" data of <paramref name="deadlineId"/> from the card.</summary>
    public async Task<JObject> WriteButtonAsync(string deadlineId)
    {
        var deadlines = await SayAsync("what deadlines are open?");
        return Assert.Single(CardJsonQuery.ActionData(deadlines, "comment.write"), d => (string?)d["deadlineId"] == deadlineId);
    }

    /// <summary>Opens the comment form on a deadline, as "Write comments" does; returns the form card.</summary>
    public Task<JObject> OpenFormAsync(string deadlineId, TeamsUser? user = null) =>
        ExecuteForMessageAsync(new JObject { ["verb"] = "comment.write", ["deadlineId"] = deadlineId }, user);

    /// <summary>Opens the form, fills it in and sends it; returns the card that replaced the form.</summary>
    public async Task<JObject> SendCommentAsync(string deadlineId, string text, TeamsUser? user = null, string delegation = "CZ") =>
        ReplacingCard(await ExecuteAsync(Filled(await OpenFormAsync(deadlineId, user), text, delegation), user));

    /// <summary>The data the form's send button carries, with the inputs filled in as the client merges them.</summary>
    public static JObject Filled(JObject form, string? comment, string? delegation = "CZ", string? document = null)
    {
        var data = (JObject)Assert.Single(CardJsonQuery.ActionData(form, "comment.submit")).DeepClone();
        data["comment"] = comment;
        data["delegation"] = delegation;
        if (document is not null) data["document"] = document;
        return data;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url);

    /// <summary>Each user has their own personal chat with the bot, as in Teams.</summary>
    public static string PersonalChatOf(TeamsUser user) => $"a:personal-{user.Id}";

    public async Task<IReadOnlyList<Comment>> StoredAsync(string deadlineId) =>
        [.. (await Comments.ListForDeadlineAsync(deadlineId)).Select(c => c.Value)];

    /// <summary>The deadline's compilation as the CSV the secretariat exports.</summary>
    public async Task<string> CompilationCsvAsync(string deadlineId)
    {
        using var output = new MemoryStream();
        CsvCompilation.Write((await Comments.CompileAsync(deadlineId))!, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private JObject Activity(string type, TeamsUser? user)
    {
        var activity = TeamsActivities.PersonalMessage("", Connector.ServiceUrl);
        activity.Remove("text");
        activity["type"] = type;
        user ??= TeamsUser.CzechDelegate;
        activity["from"] = user.From();
        activity["conversation"]!["id"] = PersonalChatOf(user);
        return activity;
    }

    private async Task<IReadOnlyList<ConnectorRequest>> PostForAllAsync(JObject activity)
    {
        var before = Connector.Requests.Count;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(activity)).StatusCode);
        return [.. Connector.Requests.Skip(before).Where(r => (string?)r.Activity["type"] != "typing")];
    }

    private async Task<JObject> PostAndTakeReplyAsync(JObject activity)
    {
        var before = Connector.Received.Count;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(activity)).StatusCode);
        return await ReplyAfterAsync(before);
    }

    /// <summary>The first activity after the first <paramref name="before"/> that is not a typing indicator.</summary>
    private async Task<JObject> ReplyAfterAsync(int before)
    {
        for (var count = before + 1; ; count++)
        {
            if ((await Connector.WaitForAsync(count)).Skip(before).FirstOrDefault(a => (string?)a["type"] != "typing") is { } reply)
                return reply;
        }
    }

    private Task<HttpResponseMessage> PostAsync(JObject activity) =>
        _client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await Connector.DisposeAsync();
        Directory.Delete(StorageFolder, recursive: true);
    }
}
