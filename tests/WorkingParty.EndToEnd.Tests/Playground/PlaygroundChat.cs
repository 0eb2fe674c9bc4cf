using Microsoft.Playwright;
using WorkingParty.EndToEnd.Tests.Environment;

namespace WorkingParty.EndToEnd.Tests.Playground;

/// <summary>
/// One browser tab on the Agents Playground's web UI, in the personal chat with the bot: type a message, find the
/// bot's Adaptive Cards (rendered by the Playground with the adaptivecards library: <c>.ac-adaptiveCard</c>),
/// press their buttons, and take screenshots. Each step waits for the card it expects, then for the bot's turn behind
/// it to end (<see cref="BotTurns"/>) and for every new message of that turn to be shown: what the next step counts on
/// is there, and no wall-clock wait stands in for "nothing more is coming".
/// </summary>
public sealed class PlaygroundChat : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    private readonly IBrowserContext _context;
    private readonly BotTurns _turns;

    private PlaygroundChat(IBrowserContext context, IPage page, PlaygroundPersona persona, BotTurns turns)
    {
        _context = context;
        _turns = turns;
        Page = page;
        Persona = persona;
    }

    public IPage Page { get; }

    /// <summary>Who types in this tab.</summary>
    public PlaygroundPersona Persona { get; }

    /// <summary>Every card in the conversation, oldest first.</summary>
    public ILocator Cards => Page.Locator(".ac-adaptiveCard");

    private ILocator MessageBox => Page.Locator("[role=textbox][contenteditable=true]");

    public static async Task<PlaygroundChat> OpenAsync(IBrowser browser, Uri playground, PlaygroundPersona persona, BotTurns turns)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 1400 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var chat = new PlaygroundChat(context, await context.NewPageAsync(), persona, turns);
        chat.Page.SetDefaultTimeout((float)ReplyTimeout.TotalMilliseconds);
        var first = turns.Ended;
        await chat.Page.GotoAsync(playground.ToString());
        await chat.MessageBox.WaitForAsync();
        // Opening the Playground installs the bot, which answers with its welcome card.
        await chat.Cards.GetByText("Welcome to the Working Party Bot").First.WaitForAsync();
        await chat.TurnOverAsync(first, 0, turn => turn.Messages > 0 && turn.ActivityType is "conversationUpdate" or "installationUpdate");
        return chat;
    }

    /// <summary>Sends <paramref name="text"/> as the persona and returns the first card the bot answers with, once its turn is over.</summary>
    public async Task<ILocator> SendAsync(string text)
    {
        var (before, first) = (await Cards.CountAsync(), _turns.Ended);
        await MessageBox.FillAsync(text);
        await MessageBox.PressAsync("Enter");
        return await AnswerAsync(Cards.Nth(before), before, first, IsMessage);
    }

    /// <summary>
    /// Sends a file as Teams delivers one to a bot (<see cref="TeamsFile"/>) and returns the first card the bot answers
    /// with, once its turn is over. The Playground hides Web Chat's upload button, so the file goes as a custom activity
    /// (<see cref="CustomActivityEditor"/>); <paramref name="step"/> names the screenshot of the filled-in editor.
    /// </summary>
    public async Task<ILocator> SendFileAsync(TeamsFile file, string step)
    {
        var (before, first) = (await Cards.CountAsync(), _turns.Ended);
        await CustomActivityEditor.SendAsync(this, file.MessageFrom, step);
        return await AnswerAsync(Cards.Nth(before), before, first, IsMessage);
    }

    /// <summary>
    /// Presses a card's button and returns the newest card showing <paramref name="shows"/> (a new card, or the one the
    /// bot updated in place), once the turn the press started is over.
    /// </summary>
    public async Task<ILocator> PressAsync(ILocator card, string button, string shows)
    {
        var (before, first) = (await Cards.CountAsync(), _turns.Ended);
        await Button(card, button).ClickAsync();
        // Action.Submit arrives as a message, Action.Execute as an invoke.
        return await AnswerAsync(Cards.Filter(new() { HasText = shows }).Last, before, first, turn => IsMessage(turn) || turn.ActivityType == "invoke");
    }

    /// <summary>
    /// The newest card showing <paramref name="text"/>, once there is one: for what the bot sends outside any turn of
    /// this chat (an announcement the broadcast worker delivers).
    /// </summary>
    public async Task<ILocator> ArrivedAsync(string text)
    {
        var card = Cards.Filter(new() { HasText = text }).Last;
        await card.WaitForAsync();
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

    private static bool IsMessage(EndedTurn turn) => turn.ActivityType == "message";

    /// <summary>Waits for <paramref name="card"/>, then for the turn behind it to be over (<see cref="TurnOverAsync"/>).</summary>
    private async Task<ILocator> AnswerAsync(ILocator card, int cardsBefore, int firstTurn, Func<EndedTurn, bool> ours)
    {
        await card.WaitForAsync();
        await TurnOverAsync(firstTurn, cardsBefore, ours);
        return card;
    }

    /// <summary>
    /// Waits for the first turn from <paramref name="firstTurn"/> on that is <paramref name="ours"/> to end, then until
    /// the chat shows every new message it sent (each a card: <paramref name="cardsBefore"/> and those). Turns passed
    /// over on the way are the Playground's own (installing the bot in a chat sends a conversationUpdate too) or
    /// deliveries outside any chat's turn (an announcement is an <c>event</c> turn); a message or a button press that
    /// answered with messages meanwhile was none of this chat's doing, and the chat could not tell its cards apart: it fails.
    /// </summary>
    private async Task TurnOverAsync(int firstTurn, int cardsBefore, Func<EndedTurn, bool> ours)
    {
        for (var index = firstTurn; ; index++)
        {
            var turn = await _turns.EndedAsync(index);
            if (ours(turn))
            {
                if (turn.Messages > 0)
                    await Cards.Nth(cardsBefore + turn.Messages - 1).WaitForAsync();
                return;
            }
            if (turn.Messages > 0 && turn.ActivityType is "message" or "invoke")
                throw new InvalidOperationException($"A turn this chat did not start answered meanwhile: {_turns.Describe()}");
        }
    }
}
