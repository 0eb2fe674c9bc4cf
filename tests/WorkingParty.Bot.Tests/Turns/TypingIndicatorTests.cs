using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Turns;

/// <summary>Through the real adapter: a slow answer is preceded by "typing".</summary>
public sealed class TypingIndicatorTests : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync(keepTyping: true);

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task A_slow_answer_is_preceded_by_a_typing_indicator()
    {
        await using var bot = new BotFactory().WithServices(services => services.AddTransient<IBot>(_ => new SlowBot(TimeSpan.FromSeconds(1))));

        // Once the minutes are loaded: while they load on every core, the typing timer may fire after the slow answer's.
        (await bot.CreateClient().GetAsync("/health/ready")).EnsureSuccessStatusCode();
        await bot.PostAsync(TeamsActivities.PersonalMessage("tell me everything", _connector.ServiceUrl));

        var sent = await _connector.WaitForAsync(2);
        Assert.Equal("typing", (string?)sent[0]["type"]);
        Assert.Equal("message", (string?)sent[^1]["type"]);
    }

    private sealed class SlowBot(TimeSpan delay) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await Task.Delay(delay, cancellationToken);
            await turnContext.SendActivityAsync("Here it is.", cancellationToken: cancellationToken);
        }
    }
}
