using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Cards.Actions;
using static WorkingParty.Cards.Actions.ReviewForm;

namespace WorkingParty.Bot.Tests.MinutesReview;

using Cards = WorkingParty.Bot.Tests.Secretariat.Cards;

/// <summary>Two secretaries on the same upload: whoever acts on a card that is no longer current is told, and nothing is done twice.</summary>
public sealed class ReviewRacesTests : IAsyncLifetime
{
    private ReviewBot _review = null!;

    public async Task InitializeAsync() => _review = await ReviewBot.StartAsync();

    public async Task DisposeAsync() => await _review.DisposeAsync();

    [Fact]
    public async Task Two_secretaries_publishing_the_same_upload_at_once_one_publishes_and_the_other_is_told()
    {
        var card = await _review.UploadAsync();
        var publish = ButtonData.VerbOf<PublishMinutes>();

        var cards = await Task.WhenAll(
            _review.PressAsync(_review.Secretary, card, publish),
            _review.PressAsync(_review.SecondSecretary, card, publish));

        var words = cards.Select(Cards.Words).ToList();
        var told = Assert.Single(words, w => w.Contains("published these minutes first: your press changed nothing."));
        var winner = Assert.Single(words, w => !w.Contains("published these minutes first"));
        Assert.Contains(winner.Contains("Published by Maria Rossi") ? "Maria Rossi published these minutes first" : "Luca Bianchi published these minutes first", told);
        Assert.Single(await _review.StoredMeetingsAsync());
    }

    [Fact]
    public async Task A_correction_sent_from_a_card_someone_else_has_changed_since_is_not_applied_and_the_card_is_brought_up_to_date()
    {
        var card = await _review.UploadAsync();
        var april19 = ReviewForms.FactOn(card, "date", "2017-04-19");
        var byLuca = await _review.PressAsync(_review.SecondSecretary, card, ButtonData.VerbOf<SaveMinutesReview>(), (DateId(april19, Field.Date), "2017-04-21"));
        Assert.Contains("Corrected by Luca Bianchi", Cards.Words(byLuca));

        var stale = await _review.SaveAsync(card, (DateId(april19, Field.Date), "2017-04-20"));

        var words = Cards.Words(stale);
        Assert.Contains("These minutes were changed meanwhile", words);
        Assert.Contains("2017-04-21", words);
        Assert.DoesNotContain("2017-04-20", words);
    }

    [Fact]
    public async Task Publishing_after_someone_discarded_publishes_nothing_and_says_so()
    {
        var card = await _review.UploadAsync();
        await _review.PressAsync(_review.SecondSecretary, card, ButtonData.VerbOf<DiscardMinutes>());

        var late = await _review.Bot.PressAsync(_review.Secretary, card, ButtonData.VerbOf<PublishMinutes>(), ReviewForms.Filled(card));

        Assert.Contains("not waiting any more", Cards.Words(late));
        Assert.Empty(await _review.StoredMeetingsAsync());
    }
}
