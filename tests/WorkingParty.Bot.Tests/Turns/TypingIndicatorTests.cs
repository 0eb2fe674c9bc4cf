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
        await using var bot = new BotFactory().WithServices(services => services.AddTransient<IBot>(_ => new AnswersAfterTypingBot(_connector)));

        await bot.PostAsync(TeamsActivities.PersonalMessage("tell me everything", _connector.ServiceUrl));

        var sent = await _connector.WaitForAsync(2);
        Assert.Equal("typing", (string?)sent[0]["type"]);
        Assert.Equal("message", (string?)sent[^1]["type"]);
    }

    /// <summary>
    /// A turn that answers only once "typing" has reached the connector: as slow as a turn must be to get one, however
    /// long the machine takes to fire the indicator's timer (a turn that never gets one fails the test, waiting).
    /// </summary>
    private sealed class AnswersAfterTypingBot(FakeBotConnector connector) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await connector.WaitForAsync(1);
            await turnContext.SendActivityAsync("Here it is.", cancellationToken: cancellationToken);
        }
    }
}
