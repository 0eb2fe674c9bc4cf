using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Comments;
using WorkingParty.Comments.Service;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.MinutesReview;

using Cards = WorkingParty.Bot.Tests.Secretariat.Cards;

/// <summary>
/// A revision found by its document number ("WK 3120/2018 REV 1") that also corrects the meeting date: the meeting's
/// id (which holds its date) changes, yet the deadlines keep the ids comments were written on, and the authors of
/// comments on a deadline the revision moves are told its new date.
/// </summary>
public sealed class RevisionOfTheMeetingDateTests : IAsyncLifetime
{
    private const string Minutes = "minutes-fsbu-aml-2018-03.txt";
    private const string Revision = "minutes-fsbu-aml-2018-03-rev1.txt";
    private ReviewBot _review = null!;

    public async Task InitializeAsync()
    {
        _review = await ReviewBot.StartAsync(today: "2018-03-20");
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryFolders.Root, "samples", "minutes", Minutes));
        _review.Serve(Minutes, text);
        _review.Serve(Revision, text
            .Replace("WK 3120/2018", "WK 3120/2018 REV 1")
            .Replace("meeting held on 12 March 2018", "meeting held on 13 March 2018")
            .Replace("no later than 30 March 2018", "no later than 6 April 2018"));
    }

    public async Task DisposeAsync() => await _review.DisposeAsync();

    [Fact]
    public async Task Comments_stay_on_their_deadlines_and_the_authors_of_comments_on_a_moved_one_are_told_the_new_date()
    {
        await _review.PublishAsync(await _review.UploadAsync(Minutes));
        var ids = await OpenDeadlineIdsAsync();
        var moving = ids.Single(id => id.EndsWith("2018-03-30", StringComparison.Ordinal));
        var staying = ids.Single(id => id.EndsWith("2018-05-15", StringComparison.Ordinal));
        await _review.WriteCommentAsync(moving, "Czech comments on the non-paper.");
        await _review.WriteCommentAsync(staying, "Czech comments on the methodology.");

        var review = await _review.UploadAsync(Revision);
        Assert.Contains("A new version of minutes-fsbu-aml-2018-03.txt (document WK 3120/2018): Publish replaces it.", Cards.Words(review));
        var before = _review.Bot.Connector.Requests.Count;
        await _review.PublishAsync(review);

        var told = _review.Bot.Connector.Requests.Skip(before).Single(r => r.ConversationId == SecretariatActivities.DelegateChat && r.Activity["type"]?.ToString() == "message");
        Assert.Contains("on 6 April 2018, not 30 March 2018. Your comments on it are kept.", Cards.TextOf(told.Activity));
        Assert.Equal(ids, await OpenDeadlineIdsAsync());
        var comments = _review.Bot.Service<CommentService>();
        Assert.Equal(["Czech comments on the non-paper."], (await comments.ListForDeadlineAsync(moving)).Select(c => c.Value.Text));
        Assert.Equal(["Czech comments on the methodology."], (await comments.ListForDeadlineAsync(staying)).Select(c => c.Value.Text));
        var deadlines = await _review.AskAsync("what deadlines are open?");
        Assert.Contains("Friday 6 April 2018", deadlines);
        Assert.DoesNotContain("30 March", deadlines);
        Assert.Contains("meeting of 13 March 2018", deadlines);
    }

    /// <summary>The ids of the open deadlines, as delegates' "Write comments" buttons carry them, in order.</summary>
    private async Task<List<string>> OpenDeadlineIdsAsync()
    {
        var deadlines = await _review.Bot.ReplyCardAsync(SecretariatActivities.DelegateMessage("what deadlines are open?", _review.Bot.ServiceUrl));
        return [.. deadlines.Descendants().OfType<JObject>().Select(o => (string?)o["data"]?["deadlineId"]).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
    }
}
