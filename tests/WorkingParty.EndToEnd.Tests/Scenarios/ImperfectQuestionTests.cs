using WorkingParty.EndToEnd.Tests.Environment;
using WorkingParty.EndToEnd.Tests.Playground;

namespace WorkingParty.EndToEnd.Tests.Scenarios;

[Collection(EndToEndCollection.Name)]
public sealed class ImperfectQuestionTests(EndToEndEnvironment environment)
{
    [Fact]
    public async Task A_one_letter_typo_still_gets_the_next_meeting()
    {
        await using var chat = await environment.OpenChatAsync(PlaygroundPersona.Delegate);

        var card = await chat.SendAsync("when is the next meetign?");
        await chat.ScreenshotAsync(card, "typo");

        var text = await card.InnerTextAsync();
        Assert.Contains("Next meetings", text);
        Assert.Contains("Wednesday 19 April 2017", text);
    }

    [Fact]
    public async Task A_question_the_minutes_cannot_answer_says_so_and_offers_items_and_help()
    {
        await using var chat = await environment.OpenChatAsync(PlaygroundPersona.Delegate);

        var card = await chat.SendAsync("what is the capital of Peru?");
        await chat.ScreenshotAsync(card, "unknown-question");

        var text = await card.InnerTextAsync();
        Assert.Contains("I found nothing certain for “what is the capital of Peru?”", text);
        Assert.Contains("Perhaps one of these items", text);
        Assert.True(await PlaygroundChat.Button(card, "What can I ask?").IsVisibleAsync(), text);
    }
}
