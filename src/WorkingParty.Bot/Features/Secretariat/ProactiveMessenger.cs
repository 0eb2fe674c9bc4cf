using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Options;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Features.Secretariat;

/// <summary>
/// Speaks in a conversation the bot is not being spoken to in (an announcement, a status card update, a roster read),
/// from a stored conversation reference, as the bot's app id (<c>MicrosoftAppId</c>; anonymous when empty, locally).
/// A failure is thrown to the caller, not to the adapter's turn error handler, which would post an apology in that conversation.
/// </summary>
public sealed class ProactiveMessenger(BotHttpAdapter adapter, IOptions<BotIdentityOptions> identity)
{
    private readonly string _appId = identity.Value.MicrosoftAppId;

    public async Task<T> ContinueAsync<T>(string referenceJson, Func<ITurnContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(referenceJson)
            ?? throw new InvalidOperationException("The stored conversation reference is empty.");
        var result = default(T)!;
        ExceptionDispatchInfo? failure = null;
        await adapter.ContinueConversationAsync(_appId, reference, async (turnContext, token) =>
        {
            try
            {
                result = await work(turnContext, token);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, cancellationToken);
        failure?.Throw();
        return result;
    }
}
