using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;
using WorkingParty.Cards.Actions;
using WorkingParty.Minutes.Storage;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Secretariat;

public sealed class MinutesUploadTests : IAsyncLifetime
{
    private const string Seed = "minutes-hwp-cyber-2017-03.txt";
    private readonly string _emptyMinutesFolder = Directory.CreateTempSubdirectory("wp-no-minutes-").FullName;
    private SecretariatBot _bot = null!;
    private LoopbackHost _files = null!;

    public async Task InitializeAsync()
    {
        _files = await LoopbackHost.StartAsync(app =>
        {
            app.MapGet("/files/seed", () => Results.File(File.ReadAllBytes(Path.Combine(RepositoryFolders.Root, "samples", "minutes", Seed)), "text/plain"));
            app.MapGet("/files/letter", () => Results.Text("Dear colleagues,\n\nplease find the room plan attached.\n\nKind regards"));
        });
        _bot = await SecretariatBot.StartAsync(new Dictionary<string, string?>
        {
            ["Minutes:Folder"] = _emptyMinutesFolder,
            ["Minutes:AllowedDownloadOrigins:0"] = _files.BaseUrl,
        }, keepTyping: true);
    }

    public async Task DisposeAsync()
    {
        await _files.DisposeAsync();
        await _bot.DisposeAsync();
        Directory.Delete(_emptyMinutesFolder, recursive: true);
    }

    [Fact]
    public async Task Uploaded_minutes_are_summarised_and_once_published_answer_questions()
    {
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);
        var before = Cards.TextOf(await ReplyAsync(SecretariatActivities.DelegateMessage("what deadlines are open?", _bot.ServiceUrl)));
        Assert.DoesNotContain("29 March 2017", before);

        var summary = await _bot.ReplyCardAsync(SecretariatActivities.FileMessage(secretary, Seed, "txt", _files.BaseUrl + "/files/seed"));

        Assert.Equal("typing", _bot.Connector.Requests.Reverse().Skip(1).First().Activity["type"]?.ToString());
        var words = Cards.Words(summary);
        Assert.Contains("2017-03-15", words);
        Assert.Contains("2017-03-29", words);
        Assert.Contains("2017-04-03", words);
        var text = Cards.TextOf(_bot.Connector.Requests.Last(r => r.Activity["type"]?.ToString() == "message").Activity);
        Assert.Contains("Meeting date: Wednesday 15 March 2017 (inferred", text);
        Assert.Contains("Wednesday 29 March 2017", text);
        Assert.Empty(await StoredMeetingsAsync());

        var published = await _bot.PressAsync(secretary, summary, ButtonData.VerbOf<PublishMinutes>());
        await _bot.PressAsync(secretary, summary, ButtonData.VerbOf<PublishMinutes>());

        Assert.Contains("Published", Cards.Words(published));
        Assert.Single(await StoredMeetingsAsync());
        var after = Cards.TextOf(await ReplyAsync(SecretariatActivities.DelegateMessage("what deadlines are open?", _bot.ServiceUrl)));
        Assert.Contains("29 March 2017", after);
        Assert.Contains("3 April 2017", after);
        var form = await _bot.PressAsync(secretary, published, ButtonData.VerbOf<AnnounceMinutes>());
        Assert.True(Cards.HasButton(form, ButtonData.VerbOf<PreviewAnnouncement>()));
        Assert.Contains("Deadlines from the meeting of 15 March 2017", Cards.Words(form));
    }

    [Fact]
    public async Task A_file_that_is_not_minutes_is_named_with_the_reason_and_nothing_is_stored()
    {
        var secretary = SecretariatActivities.SecretaryMessage("", _bot.ServiceUrl);

        var answer = await _bot.ReplyCardAsync(SecretariatActivities.FileMessage(secretary, "room-plan.txt", "txt", _files.BaseUrl + "/files/letter"));
        var picture = await _bot.ReplyCardAsync(SecretariatActivities.FileMessage(secretary, "photo.png", "png", _files.BaseUrl + "/files/letter"));

        Assert.Contains("room-plan.txt: no numbered agenda items were found", Cards.Words(answer));
        Assert.Contains("Nothing was stored", Cards.Words(answer));
        Assert.Contains("photo.png: files of type '.png' are not read", Cards.Words(picture));
        Assert.Empty(await StoredMeetingsAsync());
    }

    [Fact]
    public async Task A_delegate_sending_a_file_is_refused_and_nothing_is_stored()
    {
        var delegateChat = SecretariatActivities.DelegateMessage("", _bot.ServiceUrl);

        var answer = await _bot.ReplyCardAsync(SecretariatActivities.FileMessage(delegateChat, Seed, "txt", _files.BaseUrl + "/files/seed"));

        Assert.Contains("only the working party's secretariat can upload minutes", Cards.Words(answer));
        Assert.Empty(await StoredMeetingsAsync());
    }

    private async Task<JObject> ReplyAsync(JObject message)
    {
        await _bot.PostAsync(message);
        return _bot.Connector.RepliesTo(message)[^1];
    }

    private async Task<List<string>> StoredMeetingsAsync()
    {
        var ids = new List<string>();
        await foreach (var meeting in _bot.Service<MeetingRepository>().ListAsync())
        {
            ids.Add(meeting.Id);
        }

        return ids;
    }
}
