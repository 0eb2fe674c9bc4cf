namespace WorkingParty.Bot.Features.Secretariat;

/// <summary>Hands every web turn the <see cref="PrincipalNames"/>, through which the turn's user can be looked up when a role check needs it.</summary>
public sealed class PrincipalNamesMiddleware(PrincipalNames names) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.TurnState.Set(names);
        return next(cancellationToken);
    }
}
