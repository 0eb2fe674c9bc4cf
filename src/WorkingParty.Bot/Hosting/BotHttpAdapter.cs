using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// The SDK's CloudAdapter, running the bot's <see cref="BotPipeline"/>, with every authentication
/// failure turned into <see cref="AuthenticationFailedException"/> (the SDK lets some surface as 500).
/// </summary>
public sealed class BotHttpAdapter : CloudAdapter
{
    private readonly BotFrameworkAuthentication _authentication;
    private readonly ILogger<BotHttpAdapter> _logger;

    /// <param name="middleware">What features add around every web turn (the conversation registry, for one).</param>
    public BotHttpAdapter(
        BotFrameworkAuthentication authentication, TimeProvider time, ILogger<BotHttpAdapter> logger, IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware)
        : base(authentication, logger)
    {
        _authentication = authentication;
        _logger = logger;
        BotPipeline.Apply(this, time, logger);
        foreach (var each in middleware)
        {
            Use(each);
        }
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
}
