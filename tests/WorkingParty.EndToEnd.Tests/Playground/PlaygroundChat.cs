using Microsoft.Playwright;

namespace WorkingParty.EndToEnd.Tests.Playground;

/// <summary>
/// One browser tab on the Agents Playground's web UI, in the personal chat with the bot: type a message, find the
/// bot's Adaptive Cards (rendered by the Playground with the adaptivecards library: <c>.ac-adaptiveCard</c>),
/// press their buttons, and take screenshots.
/// </summary>
public sealed class PlaygroundChat : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Settling = TimeSpan.FromMilliseconds(750);

    private readonly IBrowserContext _context;

    private PlaygroundChat(IBrowserContext context, IPage page, PlaygroundPersona persona)
    {
        _context = context;
        Page = page;
        Persona = persona;
    }

    public IPage Page { get; }

    /// <summary>Who types in this tab.</summary>
    public PlaygroundPersona Persona { get; }

    /// <summary>Every card in the conversation, oldest first.</summary>
    public ILocator Cards => Page.Locator(".ac-adaptiveCard");

    private ILocator MessageBox => Page.Locator("[role=textbox][contenteditable=true]");

    public static async Task<PlaygroundChat> OpenAsync(IBrowser browser, Uri playground, PlaygroundPersona persona)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 1400 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var chat = new PlaygroundChat(context, await context.NewPageAsync(), persona);
        chat.Page.SetDefaultTimeout((float)ReplyTimeout.TotalMilliseconds);
        await chat.Page.GotoAsync(playground.ToString());
        await chat.MessageBox.WaitForAsync();
        // Opening the Playground installs the bot, which answers with its welcome card.
        await chat.Cards.GetByText("Welcome to the Working Party Bot").First.WaitForAsync();
        await chat.SettleAsync();
        return chat;
    }

    /// <summary>Sends <paramref name="text"/> as the persona and returns the first card the bot answers with.</summary>
    public async Task<ILocator> SendAsync(string text)
    {
        var before = await Cards.CountAsync();
        await MessageBox.FillAsync(text);
        await MessageBox.PressAsync("Enter");
        return await NextCardAsync(before);
    }

    /// <summary>
    /// Sends a file as Teams delivers one to a bot (<see cref="TeamsFile"/>) and returns the first card the bot answers
    /// with. The Playground hides Web Chat's upload button, so the file goes as a custom activity (<see cref="CustomActivityEditor"/>);
    /// <paramref name="step"/> names the screenshot of the filled-in editor.
    /// </summary>
    public async Task<ILocator> SendFileAsync(TeamsFile file, string step)
    {
        var before = await Cards.CountAsync();
        await CustomActivityEditor.SendAsync(this, file.MessageFrom, step);
        return await NextCardAsync(before);
    }

    /// <summary>Presses a card's button and returns the first new card the bot answers with.</summary>
    public async Task<ILocator> PressAndAwaitNewCardAsync(ILocator card, string button)
    {
        var before = await Cards.CountAsync();
        await Button(card, button).ClickAsync();
        return await NextCardAsync(before);
    }

    /// <summary>The newest card showing <paramref name="text"/>, once there is one (a new card, or one the bot updated in place).</summary>
    public async Task<ILocator> CardWithTextAsync(string text)
    {
        var card = Cards.Filter(new() { HasText = text }).Last;
        await card.WaitForAsync();
        await SettleAsync();
        return card;
    }

    public static ILocator Button(ILocator card, string name) => card.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Scrolls <paramref name="card"/> to the top of the chat (with the message above it) and saves the screen.</summary>
    public async Task ScreenshotAsync(ILocator card, string step)
    {
        await card.EvaluateAsync("""
            card => {
              card.scrollIntoView({ block: 'start' });
              let pane = card.parentElement;
              while (pane && pane.scrollHeight <= pane.clientHeight) pane = pane.parentElement;
              if (pane) pane.scrollTop -= 120;
            }
            """);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(step) });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task<ILocator> NextCardAsync(int before)
    {
        var card = Cards.Nth(before);
        await card.WaitForAsync();
        await SettleAsync();
        return card;
    }

    /// <summary>Waits until no new card has arrived for a moment (the bot may answer with more than one activity).</summary>
    private async Task SettleAsync()
    {
        var count = await Cards.CountAsync();
        while (true)
        {
            await Task.Delay(Settling);
            var now = await Cards.CountAsync();
            if (now == count)
                return;
            count = now;
        }
    }
}
