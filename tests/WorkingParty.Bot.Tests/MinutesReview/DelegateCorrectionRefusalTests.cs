using System.Security.Cryptography;
using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Cards.Actions;
using static WorkingParty.Cards.Actions.ReviewForm;

namespace WorkingParty.Bot.Tests.MinutesReview;

using Cards = WorkingParty.Bot.Tests.Secretariat.Cards;

/// <summary>A delegate who gets hold of a review card (a forwarded card, a forged press) can do nothing with it.</summary>
public sealed class DelegateCorrectionRefusalTests : IAsyncLifetime
{
    private ReviewBot _review = null!;

    public async Task InitializeAsync() => _review = await ReviewBot.StartAsync();

    public async Task DisposeAsync() => await _review.DisposeAsync();

    public static TheoryData<string> ReviewVerbs => [
        ButtonData.VerbOf<SaveMinutesReview>(), ButtonData.VerbOf<PublishMinutes>(), ButtonData.VerbOf<DiscardMinutes>()];

    [Theory]
    [MemberData(nameof(ReviewVerbs))]
    public async Task A_delegate_pressing_a_review_button_with_corrections_is_refused_and_nothing_changes(string verb)
    {
        var card = await _review.UploadAsync();
        var april19 = ReviewForms.FactOn(card, "date", "2017-04-19");
        var march29 = ReviewForms.FactOn(card, "deadline", "2017-03-29");
        await _review.AskAsync("hello");
        var before = StoredFiles();

        var answer = await _review.PressAsync(_review.Delegate, card, verb,
            (DateId(april19, Field.Date), "2017-04-20"), (DeadlineId(march29, Field.Remove), "true"), (MeetingDateId, "2017-03-16"),
            (NewId(Field.Kind), DeadlineKind), (NewId(Field.Date), "2017-04-10"), (NewId(Field.What), "Forged"), (NewId(Field.Item), "3"));

        Assert.Contains(RoleDecision.Refuse(SecretariatAction.UploadMinutes).Refusal!, Cards.Words(answer));
        Assert.Equal(before, StoredFiles());
        Assert.Empty(await _review.StoredMeetingsAsync());
        var next = await _review.AskAsync("when is the next meeting?");
        Assert.DoesNotContain("20 April", next);
    }

    private SortedDictionary<string, string> StoredFiles()
    {
        var folder = _review.Bot.Service<Microsoft.Extensions.Configuration.IConfiguration>()["Storage:Folder"]!;
        return new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))), StringComparer.Ordinal);
    }
}
