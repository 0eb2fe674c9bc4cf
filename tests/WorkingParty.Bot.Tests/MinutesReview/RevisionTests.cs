using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Comments;
using WorkingParty.Comments.Service;
using WorkingParty.Minutes.Revisions;
using static WorkingParty.Cards.Actions.ReviewForm;

namespace WorkingParty.Bot.Tests.MinutesReview;

using Cards = WorkingParty.Bot.Tests.Secretariat.Cards;

/// <summary>
/// A new version of stored minutes (same working party and meeting date) is reviewed against the stored version,
/// replaces it on Publish, carries the corrections that still hold, and keeps comments on a moved deadline attached.
/// </summary>
public sealed class RevisionTests : IAsyncLifetime
{
    private const string Revision = "minutes-hwp-cyber-2017-03-rev1.txt";
    private const string Item7 = "2017-03-15-hwp-cyber-issues/item-7-2017-03-29";
    private ReviewBot _review = null!;

    public async Task InitializeAsync()
    {
        _review = await ReviewBot.StartAsync(seedInFolder: true);
        _review.Serve(Revision, File.ReadAllText(ReviewBot.SeedPath)
            .Replace("on the draft line by 29 \n\nMarch 2017.", "on the draft line by 5 \n\nApril 2017.")
            .Replace("Digital Object Architecture - cyber risks", "Digital Object Architecture (DOA) - cyber risks"));
    }

    public async Task DisposeAsync() => await _review.DisposeAsync();

    [Fact]
    public async Task A_revision_shows_what_it_changes_replaces_the_stored_version_keeps_corrections_and_comments_and_tells_their_authors()
    {
        var first = await _review.UploadAsync();
        await _review.PublishAsync(first, (DateId(ReviewForms.FactOn(first, "date", "2017-04-19"), Field.Date), "2017-04-20"));
        await _review.WriteCommentAsync(Item7, "Czech comments on the draft line.");

        var review = await _review.UploadAsync(Revision);
        var reviewText = Cards.TextOf(_review.Bot.Connector.Requests.Last(r => r.Activity["type"]?.ToString() == "message").Activity);

        Assert.Contains("A new version of minutes-hwp-cyber-2017-03.txt: Publish replaces it.", Cards.Words(review));
        Assert.Contains("Deadline changed: 29 March 2017 (item 7): written comments on the draft line \u2192 5 April 2017 (item 7): written comments on the draft line", reviewText);
        Assert.Contains("Item changed: 8. Digital Object Architecture - cyber risks \u2192 8. Digital Object Architecture (DOA) - cyber risks", reviewText);
        Assert.Contains("Corrected by Maria Rossi", Cards.Words(review));
        Assert.Contains("2017-04-20", Cards.Words(review));

        var before = _review.Bot.Connector.Requests.Count;
        var published = await _review.PublishAsync(review);

        Assert.Contains("Replaced minutes-hwp-cyber-2017-03.txt: the earlier version is kept, and no longer answered from.", Cards.Words(published));
        var told = _review.Bot.Connector.Requests.Skip(before).Single(r => r.ConversationId == SecretariatActivities.DelegateChat && r.Activity["type"]?.ToString() == "message");
        Assert.Contains("set the deadline for \u201Cwritten comments on the draft line\u201D on 5 April 2017, not 29 March 2017. Your comments on it are kept.", Cards.TextOf(told.Activity));

        var deadlines = await _review.Bot.ReplyCardAsync(SecretariatActivities.DelegateMessage("what deadlines are open?", _review.Bot.ServiceUrl));
        Assert.Contains("Wednesday 5 April 2017", Cards.Words(deadlines));
        Assert.DoesNotContain("29 March", Cards.Words(deadlines));
        Assert.Contains(deadlines.Descendants().OfType<JObject>(), o => (string?)o["verb"] == "comment.write" && (string?)o["data"]?["deadlineId"] == Item7);
        Assert.Equal(["Czech comments on the draft line."], (await _review.Bot.Service<CommentService>().ListForDeadlineAsync(Item7)).Select(c => c.Value.Text));
        Assert.Contains("Thursday 20 April 2017", await _review.AskAsync("when is the next meeting?"));
        Assert.Contains("Digital Object Architecture (DOA)", await _review.AskAsync("item 8"));
        Assert.Single(await _review.StoredMeetingsAsync());
        var list = Cards.Words(await _review.Bot.ReplyCardAsync(SecretariatActivities.SecretaryMessage("minutes", _review.Bot.ServiceUrl)));
        Assert.Contains("Stored minutes: 1", list);
        Assert.Contains("Replaces minutes-hwp-cyber-2017-03.txt (kept, not answered from)", list);
        Assert.NotNull(await _review.Bot.Service<MinutesVersions>().GetAsync(WorkingParty.Minutes.Corrections.MeetingSource.IdOf(
            (await _review.Bot.Service<WorkingParty.Minutes.Reading.MinutesReader>().ReadAsync(ReviewBot.SeedPath, WorkingParty.Minutes.Reading.IngestOptions.None)))));
    }
}
