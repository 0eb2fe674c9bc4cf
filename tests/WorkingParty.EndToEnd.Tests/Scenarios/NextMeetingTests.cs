using WorkingParty.EndToEnd.Tests.Environment;
using WorkingParty.EndToEnd.Tests.Playground;

namespace WorkingParty.EndToEnd.Tests.Scenarios;

[Collection(EndToEndCollection.Name)]
public sealed class NextMeetingTests(EndToEndEnvironment environment)
{
    [Fact]
    public async Task A_delegate_asking_for_the_next_meeting_sees_19_April_2017_first_with_its_source()
    {
        await using var chat = await environment.OpenChatAsync(PlaygroundPersona.Delegate);

        var card = await chat.SendAsync("when is the next meeting?");
        await chat.ScreenshotAsync(card, "next-meeting");

        var text = await card.InnerTextAsync();
        Assert.Contains("Next meetings", text);
        Assert.Contains("As of Saturday 25 March 2017", text);
        var first = text.IndexOf("Wednesday 19 April 2017", StringComparison.Ordinal);
        Assert.True(first >= 0, text);
        Assert.True(first < text.IndexOf("12 May 2017", StringComparison.Ordinal), "19 April 2017 comes before later dates");
        Assert.Contains("meeting of 15 March 2017, item 2", text, StringComparison.OrdinalIgnoreCase);
    }
}
