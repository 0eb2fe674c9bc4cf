using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

/// <summary>On 30 March 2017 (item 7's deadline was 29 March) a delegate sends a comment; the secretariat accepts it as late.</summary>
public sealed class LateAcceptanceTests() : CommentsBotTest(today: "2017-03-30")
{
    private const string LateText = "Late, but the Czech view matters: keep the toolbox.";

    private JObject _refusal = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _refusal = await Bot.SendCommentAsync(Item7, LateText);
    }

    [Fact]
    public async Task The_delegate_is_refused_naming_the_deadline_and_the_export_leaves_the_comment_out_until_accepted()
    {
        Assert.Contains("was 29 March 2017 (end of day, Europe/Brussels time), so your comment was not submitted", CardJsonQuery.Text(_refusal));

        var (export, files) = await Bot.ExportAsync(Item7);

        Assert.Contains("Late, not yet accepted\n1 (not in the compilation)", CardJsonQuery.Text(export));
        Assert.DoesNotContain("Czech view", Encoding.UTF8.GetString(files[".csv"]));
        Assert.Single(CardJsonQuery.ActionData(export, "comment.late"), d => (string?)d["deadlineId"] == Item7);
    }

    [Fact]
    public async Task The_secretariat_lists_the_late_comment_from_the_export_card_and_accepts_it_in_place()
    {
        var export = await Bot.SayAsync($"export comments {Item7}", TeamsUser.Secretariat);
        var list = await Bot.ExecuteForMessageAsync(Assert.Single(CardJsonQuery.ActionData(export, "comment.late")), TeamsUser.Secretariat);
        Assert.Contains("Waiting for your acceptance; written by Jana Novak", CardJsonQuery.Text(list));
        Assert.Contains(LateText, CardJsonQuery.Text(list));

        var accepted = ReplacingCard(await Bot.ExecuteAsync(Assert.Single(CardJsonQuery.ActionData(list, "comment.acceptlate")), TeamsUser.Secretariat));

        var text = CardJsonQuery.Text(accepted);
        Assert.Contains("as late: it is now in the compilation, marked late.", text);
        Assert.Contains("Accepted as late; written by Jana Novak", text);
        Assert.Empty(CardJsonQuery.ActionData(accepted, "comment.acceptlate"));
        var stored = Assert.Single(await Bot.StoredAsync(Item7));
        Assert.Equal((CommentStatus.Submitted, true, TeamsUser.Secretariat.AadObjectId), (stored.Status, stored.Late, stored.AcceptedLateBy?.UserId));
    }

    [Fact]
    public async Task An_accepted_late_comment_is_in_both_exports_marked_late()
    {
        await AcceptFromTypedListAsync();

        var (export, files) = await Bot.ExportAsync(Item7);

        Assert.DoesNotContain("not yet accepted", CardJsonQuery.Text(export));
        Assert.Matches(@"\r\n""CZ"",""Jana Novak"",""2017-03-30 \d\d:\d\d"",""late"","""",""Late, but the Czech view matters: keep the toolbox."",""1"",", Encoding.UTF8.GetString(files[".csv"]));
        using var word = WordprocessingDocument.Open(new MemoryStream(files[".docx"]), isEditable: false);
        var body = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Matches(@"Jana Novak, received 2017-03-30 \d\d:\d\d \(LATE, accepted by the secretariat\)", body);
        Assert.Contains(LateText, body);
    }

    [Fact]
    public async Task Accepting_twice_changes_nothing_and_tells_the_delegate_once()
    {
        var accept = await AcceptFromTypedListAsync();

        var again = CardJsonQuery.Text(ReplacingCard(await Bot.ExecuteAsync(accept, TeamsUser.Secretariat)));

        Assert.Contains("was already accepted as late; nothing changed.", again);
        var stored = Assert.Single(await Bot.StoredAsync(Item7));
        Assert.True(stored.Late);
        var toDelegate = Bot.Connector.Requests.Where(r => r.ConversationId == PersonalChatOf(TeamsUser.CzechDelegate)
            && ((string?)r.Activity["summary"] ?? "").Contains("The secretariat accepted this comment although it came after the deadline", StringComparison.Ordinal));
        Assert.Single(toDelegate);
    }

    [Fact]
    public async Task Without_a_deadline_the_list_covers_every_deadline_and_stays_so_after_accepting()
    {
        var list = await Bot.SayAsync("late comments", TeamsUser.Secretariat);
        var accept = Assert.Single(CardJsonQuery.ActionData(list, "comment.acceptlate"));
        Assert.True((bool?)accept["allDeadlines"]);

        var accepted = CardJsonQuery.Text(ReplacingCard(await Bot.ExecuteAsync(accept, TeamsUser.Secretariat)));

        Assert.Contains("Sent after their deadline.", accepted);
        Assert.Contains("Accepted as late", accepted);
    }

    private async Task<JObject> AcceptFromTypedListAsync()
    {
        var list = await Bot.SayAsync($"late comments {Item7}", TeamsUser.Secretariat);
        var accept = Assert.Single(CardJsonQuery.ActionData(list, "comment.acceptlate"));
        await Bot.ExecuteAsync(accept, TeamsUser.Secretariat);
        return accept;
    }
}
