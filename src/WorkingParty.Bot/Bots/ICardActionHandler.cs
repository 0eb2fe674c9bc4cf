using Microsoft.Bot.Builder;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Bots;

/// <summary>A feature's answer to the card buttons whose verbs it owns (see <see cref="CardVerbs"/>).</summary>
public interface ICardActionHandler
{
    bool Handles(string verb);

    Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionData action, CancellationToken cancellationToken);
}
