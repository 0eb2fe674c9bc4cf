using Microsoft.Playwright;
using WorkingParty.EndToEnd.Tests.Environment;
using WorkingParty.EndToEnd.Tests.Playground;

namespace WorkingParty.EndToEnd.Tests.Scenarios;

[Collection(MinutesReviewCollection.Name)]
public sealed class MinutesReviewTests(MinutesReviewEnvironment environment)
{
    private const string Minutes = "minutes-hwp-cyber-2017-03.txt";
    private const string NextMeetingsSentence = "The Presidency announced the dates of the next meetings (19 April and 12 May)";

    [Fact]
    public async Task The_secretariat_corrects_the_next_meeting_before_publishing_and_a_delegate_is_told_the_corrected_date_and_who_corrected_it()
    {
        await using var delegateChat = await environment.OpenChatAsync(PlaygroundPersona.Delegate);
        await using var secretariat = await environment.OpenChatAsync(PlaygroundPersona.SecretariatMember);

        var review = await secretariat.SendFileAsync(new TeamsFile(Minutes, environment.DownloadUrlOf(Minutes), "txt"), "minutes-review-1-upload");
        await secretariat.ScreenshotAsync(review, "minutes-review-2-card");
        var card = await review.InnerTextAsync();
        Assert.Contains("Review the minutes: Horizontal Working Party on Cyber Issues", card);
        Assert.Contains("Not published yet", card);
        Assert.Contains(NextMeetingsSentence, card);

        var nextMeetingId = await review.Locator("input[value='April 19, 2017']").GetAttributeAsync("id");
        var nextMeeting = review.Locator($"[id='{nextMeetingId}']");
        await nextMeeting.FillAsync("April 20, 2017");
        await nextMeeting.PressAsync("Enter");
        await secretariat.Page.Keyboard.PressAsync("Escape");
        Assert.Equal("April 20, 2017", await nextMeeting.InputValueAsync());
        // The coming dates are in date order: the first fact read from that sentence is the 19 April meeting.
        await secretariat.ScreenshotAsync(review.GetByText(NextMeetingsSentence).First, "minutes-review-3-corrected");

        var published = await secretariat.PressAsync(review, "Publish", shows: "Minutes published");
        await secretariat.ScreenshotAsync(published, "minutes-review-4-published");
        var done = await published.InnerTextAsync();
        Assert.Contains("Published by Sami Secretariat", done);
        Assert.Contains("1 correction saved.", done);

        var answer = await delegateChat.SendAsync("when is the next meeting?");
        await delegateChat.ScreenshotAsync(answer, "minutes-review-5-delegate-asks");
        var told = await answer.InnerTextAsync();
        Assert.Contains("Thursday 20 April 2017", told);
        Assert.Contains("Corrected by the secretariat on 25 March 2017", told);
        Assert.DoesNotContain("19 April 2017", told);
    }
}
