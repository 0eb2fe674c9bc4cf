using Microsoft.Playwright;
using WorkingParty.EndToEnd.Tests.Environment;
using WorkingParty.EndToEnd.Tests.Playground;

namespace WorkingParty.EndToEnd.Tests.Scenarios;

[Collection(EndToEndCollection.Name)]
public sealed class AnnouncementTests(EndToEndEnvironment environment)
{
    [Fact]
    public async Task A_secretariat_member_previews_and_sends_an_announcement_and_a_delegate_receives_it()
    {
        const string title = "Room change for 19 April";
        const string text = "The meeting of 19 April 2017 takes place in room JL 20.2 instead of JL 70.4.";
        // The delegate's Playground installs the bot first, so that the bot knows the delegate's chat.
        await using var delegateChat = await environment.OpenChatAsync(PlaygroundPersona.Delegate);
        await using var secretariat = await environment.OpenChatAsync(PlaygroundPersona.SecretariatMember);

        var form = await secretariat.SendAsync("announce");
        Assert.Contains("New announcement", await form.InnerTextAsync());
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Title" }).FillAsync(title);
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Text" }).FillAsync(text);
        await secretariat.ScreenshotAsync(form, "announce-1-form");

        var preview = await secretariat.PressAsync(form, "Preview", shows: "Preview: not sent yet");
        await secretariat.ScreenshotAsync(preview, "announce-2-preview");
        Assert.Contains(text, await preview.InnerTextAsync());

        await secretariat.PressAsync(preview, "Send", shows: $"Sending: {title}");
        var arrived = await delegateChat.ArrivedAsync(title);
        await delegateChat.ScreenshotAsync(arrived, "announce-3-received");
        Assert.Contains(text, await arrived.InnerTextAsync());
        Assert.True(await PlaygroundChat.Button(arrived, "Acknowledge").IsVisibleAsync());
    }
}
