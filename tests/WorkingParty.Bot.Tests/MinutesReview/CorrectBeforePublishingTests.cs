using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Cards.Actions;
using static WorkingParty.Cards.Actions.ReviewForm;

namespace WorkingParty.Bot.Tests.MinutesReview;

using Cards = WorkingParty.Bot.Tests.Secretariat.Cards;

/// <summary>The secretariat corrects what the bot read in the review card, publishes, and delegates get the corrected facts, saying so.</summary>
public sealed class CorrectBeforePublishingTests : IAsyncLifetime
{
    private const string Provenance = "Corrected by the secretariat on 25 March 2017";
    private ReviewBot _review = null!;

    public async Task InitializeAsync() => _review = await ReviewBot.StartAsync();

    public async Task DisposeAsync() => await _review.DisposeAsync();

    [Fact]
    public async Task A_corrected_next_meeting_is_what_delegates_are_told_with_who_corrected_it()
    {
        var card = await _review.UploadAsync();
        var april19 = ReviewForms.FactOn(card, "date", "2017-04-19");

        var saved = await _review.SaveAsync(card, (DateId(april19, Field.Date), "2017-04-20"));

        Assert.Contains("1 correction saved.", Cards.Words(saved));
        Assert.Contains("Corrected by Maria Rossi, ", Cards.Words(saved));
        Assert.Contains("; read: 19 April 2017 (next meeting, item 2): The Presidency announced", Cards.Words(saved));
        Assert.Empty(await _review.StoredMeetingsAsync());
        Assert.DoesNotContain("20 April", await _review.AskAsync("when is the next meeting?"));

        var published = await _review.PublishAsync(saved);

        Assert.Contains("Published by Maria Rossi", Cards.Words(published));
        var answer = await _review.AskAsync("when is the next meeting?");
        Assert.Contains("Thursday 20 April 2017", answer);
        Assert.Contains(Provenance, answer);
        Assert.DoesNotContain("19 April 2017 (", answer);
    }

    [Fact]
    public async Task A_deadline_removed_and_one_added_in_the_form_Publish_sends_are_what_delegates_see()
    {
        var card = await _review.UploadAsync();
        var march29 = ReviewForms.FactOn(card, "deadline", "2017-03-29");

        var published = await _review.PublishAsync(card,
            (DeadlineId(march29, Field.Remove), "true"),
            (NewId(Field.Kind), DeadlineKind), (NewId(Field.Date), "2017-04-10"), (NewId(Field.What), "Written comments on the awareness questionnaire"),
            (NewId(Field.Item), "10"), (NewId(Field.Documents), "6142/17"));

        Assert.Contains("Published by Maria Rossi", Cards.Words(published));
        var deadlines = await _review.AskAsync("what deadlines are open?");
        Assert.DoesNotContain("29 March", deadlines);
        Assert.Contains("Monday 10 April 2017", deadlines);
        Assert.Contains("Requested: Written comments on the awareness questionnaire", deadlines);
        Assert.Contains("Documents: 6142/17", deadlines);
        Assert.Contains(Provenance, deadlines);
        Assert.Contains("Monday 3 April 2017", deadlines);
    }

    [Fact]
    public async Task Corrections_and_removals_can_be_undone_before_publishing()
    {
        var card = await _review.UploadAsync();
        var march29 = ReviewForms.FactOn(card, "deadline", "2017-03-29");
        var removed = await _review.SaveAsync(card, (DeadlineId(march29, Field.Remove), "true"), (TitleId(7), "UN expert group on cybercrime"));

        Assert.Contains("2 corrections saved.", Cards.Words(removed));
        Assert.Contains("Removed by the secretariat: not answered from.", Cards.Words(removed));

        var restored = await _review.SaveAsync(removed, (DeadlineId(march29, Field.Remove), "false"));

        Assert.Contains("1 correction saved.", Cards.Words(restored));
        Assert.DoesNotContain("Removed by the secretariat", Cards.Words(restored));
        Assert.Contains("UN expert group on cybercrime", Cards.Words(restored));
    }

    [Fact]
    public async Task An_uncertain_date_confirmed_as_read_is_answered_without_doubt_and_with_provenance()
    {
        var card = await _review.UploadAsync();
        Assert.Contains("Check first: the reader is unsure of these", Cards.Words(card));
        var confirmed = await _review.PublishAsync(card, (MeetingDateConfirmedId, "true"));

        Assert.Contains("Published by Maria Rossi", Cards.Words(confirmed));
        var held = await _review.AskAsync("which minutes do you have?");
        Assert.Contains("Met on Wednesday 15 March 2017", held);
        Assert.DoesNotContain("date inferred", held);
        Assert.Contains(Provenance, held);
    }

    [Fact]
    public async Task A_form_that_cannot_be_read_names_the_problem_and_publishes_nothing()
    {
        var card = await _review.UploadAsync();
        var april19 = ReviewForms.FactOn(card, "date", "2017-04-19");

        var refused = await _review.PublishAsync(card, (DateId(april19, Field.Item), "seven"), (NewId(Field.Kind), "workshop"));

        var words = Cards.Words(refused);
        Assert.Contains("Not published: correct these first.", words);
        Assert.Contains("\u201Cseven\u201D is not an item number", words);
        Assert.Contains("Nothing was added: a new date or deadline needs its date, what it is and its item number.", words);
        Assert.True(Cards.HasButton(refused, ButtonData.VerbOf<PublishMinutes>()));
        Assert.Empty(await _review.StoredMeetingsAsync());
    }
}
