using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace WorkingParty.EchoBot;

/// <summary>Answers every message with its own text: the cheapest turn the SDK, adapter and host can run.</summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
}
