using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// The SDK's authentication, with less work for every turn (docs/benchmarks.md, section 1):
/// <list type="bullet">
/// <item>every connector client it makes (for a turn's replies, and for proactive messages such as announcements)
/// shares one JSON contract resolver. The SDK gives each client a new one, so Newtonsoft works out, and compiles
/// accessors for, every activity type's contract again on every client: about an eighth of the bot's CPU;</item>
/// <item>the user-token client the SDK makes for every turn is made only when the turn uses it (a sign-in flow, which
/// this bot does not start): building one costs a service client with its user-agent regexes.</item>
/// </list>
/// </summary>
public sealed class LeanBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private static readonly IContractResolver Contracts = new ReadOnlyJsonContractResolver();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = new SharedContractsConnectorFactory(result.ConnectorFactory);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = new SharedContractsConnectorFactory(result.ConnectorFactory);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedContractsConnectorFactory(inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new OnDemandUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private sealed class SharedContractsConnectorFactory(ConnectorFactory factory) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var client = await factory.CreateAsync(serviceUrl, audience, cancellationToken);
            client.SerializationSettings.ContractResolver = Contracts;
            client.DeserializationSettings.ContractResolver = Contracts;
            return client;
        }
    }

    /// <summary>A user-token client that makes the SDK's own only when a turn first asks for a token.</summary>
    internal sealed class OnDemandUserTokenClient(Func<Task<UserTokenClient>> create) : UserTokenClient
    {
        private readonly Lazy<Task<UserTokenClient>> _client = new(create);

        public override async Task<TokenResponse> GetUserTokenAsync(
            string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            await (await _client.Value).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

        public override async Task<SignInResource> GetSignInResourceAsync(
            string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            await (await _client.Value).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

        public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
            await (await _client.Value).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

        public override async Task<TokenStatus[]> GetTokenStatusAsync(
            string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            await (await _client.Value).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

        public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(
            string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            await (await _client.Value).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

        public override async Task<TokenResponse> ExchangeTokenAsync(
            string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            await (await _client.Value).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing && _client.IsValueCreated && _client.Value.IsCompletedSuccessfully)
            {
                _client.Value.Result.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
