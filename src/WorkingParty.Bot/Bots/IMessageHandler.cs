using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace WorkingParty.Bot.Bots;

/// <summary>
/// A feature that takes some messages before they are treated as questions: a command ("my comments",
/// "announce") or an attachment (a minutes file). Asked in registration order; the first that handles wins.
/// </summary>
public interface IMessageHandler
{
    /// <param name="text">The message's text without the bot's @mention.</param>
    bool Handles(IMessageActivity message, string text);

    Task HandleAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken);
}
