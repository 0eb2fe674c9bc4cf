using static WorkingParty.Cards.Actions.ReviewForm;

namespace WorkingParty.Bot.Tests.MinutesReview;

/// <summary>Corrections are kept beside the minutes: a restart, and the file read again from the minutes folder, keep them.</summary>
public sealed class CorrectionsLastTests : IAsyncLifetime
{
    private ReviewBot _review = null!;

    public async Task InitializeAsync() => _review = await ReviewBot.StartAsync(seedInFolder: true);

    public async Task DisposeAsync() => await _review.DisposeAsync();

    [Fact]
    public async Task A_correction_survives_a_restart_and_the_minutes_file_being_read_again()
    {
        Assert.Contains("Wednesday 19 April 2017", await _review.AskAsync("when is the next meeting?"));
        var card = await _review.UploadAsync();
        var april19 = ReviewForms.FactOn(card, "date", "2017-04-19");
        await _review.PublishAsync(card, (DateId(april19, Field.Date), "2017-04-20"));
        Assert.Contains("Thursday 20 April 2017", await _review.AskAsync("when is the next meeting?"));

        await _review.Bot.RestartAsync();
        var afterRestart = await _review.AskAsync("when is the next meeting?");

        // A touched file is read again at start-up, as after new reader rules: the record is replaced, its corrections stay beside it.
        var file = Path.Combine(_review.MinutesFolder, ReviewBot.Seed);
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddDays(-2));
        await _review.Bot.RestartAsync();
        var afterReRead = await _review.AskAsync("when is the next meeting?");

        Assert.All([afterRestart, afterReRead], answer =>
        {
            Assert.Contains("Thursday 20 April 2017", answer);
            Assert.Contains("Corrected by the secretariat on 25 March 2017", answer);
            Assert.DoesNotContain("Wednesday 19 April 2017", answer);
        });
        Assert.Single(await _review.StoredMeetingsAsync());
    }
}
