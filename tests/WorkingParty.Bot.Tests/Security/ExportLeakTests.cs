using System.Net;
using Microsoft.Extensions.Time.Testing;
using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>
/// Issue 14, item 2: a compilation leaves the bot only to the secretariat member who asked, in their personal chat; where a
/// download link remains (channels without Teams' file cards) it works once, for a short while, and is never cached.
/// </summary>
public sealed class ExportLeakTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2017, 3, 25, 9, 0, 0, TimeSpan.Zero));
    private CommentsBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CommentsBot.StartAsync(time: _time);
        await _bot.SendCommentAsync(Item9, "The Czech view.");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Export_comments_typed_in_a_channel_posts_no_file_or_link_there_and_offers_the_files_in_the_members_personal_chat()
    {
        var sent = await _bot.SayForAllAsync($"export comments {Item9}", TeamsUser.Secretariat, inChannel: true);

        var inChannel = CardOf(Assert.Single(sent, r => r.ConversationId.StartsWith("19:", StringComparison.Ordinal)).Activity);
        Assert.Contains("personal chat", CardJsonQuery.Text(inChannel));
        Assert.Empty(CardJsonQuery.Links(inChannel));
        var personal = sent.Where(r => r.ConversationId == PersonalChatOf(TeamsUser.Secretariat)).Select(r => r.Activity).ToList();
        Assert.Equal(["comments-2017-03-15-hwp-cyber-issues-item-9-2017-04-03.docx", "comments-2017-03-15-hwp-cyber-issues-item-9-2017-04-03.csv"],
            FileConsentCards.In(personal).Select(offer => (string)offer["name"]!));
        Assert.Equal(TeamsUser.Secretariat.Id, (string?)Assert.Single(_bot.Connector.CreatedConversations)["members"]![0]!["id"]);
    }

    [Fact]
    public async Task Export_comments_typed_in_a_channel_by_a_member_teams_opens_no_personal_chat_for_sends_the_files_nowhere()
    {
        _bot.Connector.RefuseNewConversations(true);

        var sent = await _bot.SayForAllAsync($"export comments {Item9}", TeamsUser.Secretariat, inChannel: true);

        var inChannel = CardOf(Assert.Single(sent).Activity);
        Assert.Contains("Nothing was sent", CardJsonQuery.Text(inChannel));
        Assert.Empty(CardJsonQuery.Links(inChannel));
        Assert.False(Directory.Exists(Path.Combine(_bot.StorageFolder, "export-grants")));
    }

    [Fact]
    public async Task A_download_link_works_once_and_a_second_GET_is_refused_writing_nothing()
    {
        var link = DocxLink(await _bot.SayOnWebChatAsync($"export comments {Item9}", TeamsUser.Secretariat));

        var first = await _bot.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.NoStore, $"Cache-Control: {first.Headers.CacheControl}");
        var stored = StoreSnapshot.Of(_bot.StorageFolder);

        var second = await _bot.GetAsync(link);

        Assert.Contains(second.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Gone });
        Assert.Equal(stored, StoreSnapshot.Of(_bot.StorageFolder));
    }

    [Fact]
    public async Task A_download_link_used_after_it_expired_is_gone_and_writes_nothing()
    {
        var link = DocxLink(await _bot.SayOnWebChatAsync($"export comments {Item9}", TeamsUser.Secretariat));
        var stored = StoreSnapshot.Of(_bot.StorageFolder);
        _time.Advance(TimeSpan.FromMinutes(31));

        var late = await _bot.GetAsync(link);

        Assert.Contains(late.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Gone });
        Assert.Equal(stored, StoreSnapshot.Of(_bot.StorageFolder));
    }

    private static string DocxLink(IReadOnlyList<ConnectorRequest> sent) =>
        new Uri(Assert.Single(sent.SelectMany(r => CardJsonQuery.Links(CardOf(r.Activity))), l => l.EndsWith(".docx", StringComparison.Ordinal))).PathAndQuery;
}
