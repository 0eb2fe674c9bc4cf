using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// The SDK's CloudAdapter with two additions: every authentication failure becomes
/// <see cref="AuthenticationFailedException"/> (the SDK lets some surface as 500), and a turn that
/// throws tells the user that something failed, with a reference the logs can be searched for.
/// </summary>
public sealed class BotHttpAdapter : CloudAdapter
{
    private readonly BotFrameworkAuthentication _authentication;
    private readonly ILogger<BotHttpAdapter> _logger;

    public BotHttpAdapter(BotFrameworkAuthentication authentication, ILogger<BotHttpAdapter> logger)
        : base(authentication, logger)
    {
        _authentication = authentication;
        _logger = logger;
        OnTurnError = TellUserAndLogAsync;
    }

    /// <summary>Authenticates the request, then runs the turn; returns the invoke response, if any.</summary>
    public async Task<InvokeResponse?> ProcessAsync(string? authHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        AuthenticateRequestResult authentication;
        try
        {
            authentication = await _authentication.AuthenticateRequestAsync(activity, authHeader ?? string.Empty, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning("Rejected an activity from {ServiceUrl}: {Reason}", activity.ServiceUrl, ex.Message);
            throw new AuthenticationFailedException(ex);
        }

        activity.CallerId = authentication.CallerId;
        return await ProcessActivityAsync(authentication, activity, bot.OnTurnAsync, cancellationToken);
    }

    private async Task TellUserAndLogAsync(ITurnContext turnContext, Exception exception)
    {
        var reference = Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4).ToLowerInvariant();
        _logger.LogError(exception, "Turn failed (reference {Reference}) in conversation {ConversationId}",
            reference, turnContext.Activity.Conversation?.Id);
        try
        {
            await turnContext.SendActivityAsync(
                $"Sorry, something went wrong on my side and I could not finish that. " +
                $"If it happens again, give the secretariat this reference: {reference}.");
        }
        catch (Exception sendFailure)
        {
            _logger.LogError(sendFailure, "Could not tell the user about failure {Reference}", reference);
        }
    }
}
