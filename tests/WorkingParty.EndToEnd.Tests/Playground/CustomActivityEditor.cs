using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace WorkingParty.EndToEnd.Tests.Playground;

/// <summary>
/// The Playground's "Mock an Activity → Custom activity": a JSON editor (Monaco) holding an activity of the chat,
/// filled in from the Playground's own template and sent to the bot as it stands ("Send activity"). The text goes in
/// through the clipboard: the chat's browser context may read and write it.
/// </summary>
public static class CustomActivityEditor
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task SendAsync(PlaygroundChat chat, Func<JsonObject, JsonObject> makeActivity, string step)
    {
        var page = chat.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Mock an Activity" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Custom activity", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Custom activity" });
        var editor = dialog.Locator(".monaco-editor");
        await editor.WaitForAsync();

        var activity = makeActivity(await TemplateAsync(page, PlaygroundConfigFile.PersonalChatId(chat.Persona)));
        // Pasted, not typed: the editor would indent every typed line again and close brackets as they are opened.
        await page.EvaluateAsync("text => navigator.clipboard.writeText(text)", activity.ToJsonString(Indented));
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Control+V");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(step) });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Send activity", Exact = true }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    /// <summary>The activity the dialog starts from (sender, chat, serviceUrl), from the endpoint the Playground's page reads it from.</summary>
    private static async Task<JsonObject> TemplateAsync(IPage page, string conversationId)
    {
        var json = await page.EvaluateAsync<string>(
            "async id => await (await fetch('/_internal/v1/customActivities/template?conversationId=' + encodeURIComponent(id))).text()",
            conversationId);
        return JsonNode.Parse(json)!.AsObject();
    }
}
