using System.Runtime.ExceptionServices;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Features.Secretariat;

/// <summary>
/// Speaks in a conversation the bot is not being spoken to in (an announcement, a status card update, a roster read, an
/// export sent to someone's personal chat), as the bot's app id (<c>MicrosoftAppId</c>; anonymous when empty, locally).
/// A failure is thrown to the caller, not to the adapter's turn error handler, which would post an apology in that conversation.
/// </summary>
public sealed class ProactiveMessenger(BotHttpAdapter adapter, IOptions<BotIdentityOptions> identity)
{
    private readonly string _appId = identity.Value.MicrosoftAppId;

    /// <summary>Runs <paramref name="work"/> in the conversation of a stored reference.</summary>
    public async Task<T> ContinueAsync<T>(string referenceJson, Func<ITurnContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(referenceJson)
            ?? throw new InvalidOperationException("The stored conversation reference is empty.");
        var result = default(T)!;
        await RunCapturingAsync(callback => adapter.ContinueConversationAsync(_appId, reference, callback, cancellationToken),
            async (turnContext, token) => result = await work(turnContext, token));
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the personal chat of the user who sent <paramref name="turnContext"/>'s activity (a
    /// Teams channel or group chat message): Teams opens it, or finds the one the bot has with them. Teams refuses
    /// (<see cref="ErrorResponseException"/>) for a user who has not installed the bot for themselves.
    /// </summary>
    public Task InPersonalChatAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var tenant = activity.Conversation?.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = activity.Recipient,
            Members = [new ChannelAccount(activity.From.Id, activity.From.Name, aadObjectId: activity.From.AadObjectId)],
            TenantId = tenant,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenant) },
        };
        return RunCapturingAsync(callback => adapter.CreateConversationAsync(_appId, activity.ChannelId, activity.ServiceUrl, null, parameters, callback, cancellationToken),
            work);
    }

    private static async Task RunCapturingAsync(Func<BotCallbackHandler, Task> run, Func<ITurnContext, CancellationToken, Task> work)
    {
        ExceptionDispatchInfo? failure = null;
        await run(async (turnContext, token) =>
        {
            try
            {
                await work(turnContext, token);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        });
        failure?.Throw();
    }
}
