using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkingParty.Bot.Tests.Support;

namespace WorkingParty.Bot.Tests.Turns;

public sealed class TurnFailureTests : IDisposable
{
    private readonly TurnRunner _bot = new(overrideServices: services => services.AddTransient<IBot, FailingBot>());

    [Fact]
    public async Task A_failing_turn_tells_the_user_with_a_reference_and_logs_the_exception_without_showing_it()
    {
        var reply = Assert.Single(await _bot.RunAsync(TeamsActivities.PersonalMessage("anything", "http://127.0.0.1:9/")));

        Assert.Contains("something went wrong", reply.Text);
        var reference = reply.Text.Split("reference: ")[1].TrimEnd('.');
        Assert.Matches("^[0-9a-f]{8}$", reference);
        Assert.DoesNotContain("InvalidOperationException", reply.Text);
        Assert.DoesNotContain(" at ", reply.Text);
        var logged = Assert.Single(_bot.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains(reference, logged.Message);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    private sealed class FailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the minutes store is on fire");
    }

    public void Dispose() => _bot.Dispose();
}
