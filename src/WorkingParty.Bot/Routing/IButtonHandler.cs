namespace WorkingParty.Bot.Routing;

/// <summary>A feature's answer to one card verb, given the button's data already read and checked.</summary>
public interface IButtonHandler<in TAction> where TAction : ButtonData
{
    Task<ButtonResult> HandleAsync(ITurnContext turnContext, TAction action, CancellationToken cancellationToken);
}
