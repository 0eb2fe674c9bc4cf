using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Tests.Http;

public sealed class OnDemandUserTokenClientTests
{
    private readonly RecordingTokenClient _sdkClient = new();
    private int _made;

    [Fact]
    public void A_turn_that_asks_for_no_token_makes_no_client()
    {
        using (var client = OnDemand())
        {
        }

        Assert.Equal(0, _made);
    }

    [Fact]
    public async Task The_first_request_makes_the_client_once_and_every_request_reaches_it()
    {
        using (var client = OnDemand())
        {
            var token = await client.GetUserTokenAsync("29:delegate", "graph", "msteams", null!, CancellationToken.None);
            await client.SignOutUserAsync("29:delegate", "graph", "msteams", CancellationToken.None);

            Assert.Equal("token for 29:delegate", token.Token);
        }

        Assert.Equal(1, _made);
        Assert.Equal(["GetUserToken", "SignOutUser"], _sdkClient.Calls);
        Assert.True(_sdkClient.Disposed);
    }

    private LeanBotFrameworkAuthentication.OnDemandUserTokenClient OnDemand() => new(() =>
    {
        _made++;
        return Task.FromResult<UserTokenClient>(_sdkClient);
    });

    private sealed class RecordingTokenClient : UserTokenClient
    {
        public List<string> Calls { get; } = [];

        public bool Disposed { get; private set; }

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        {
            Calls.Add("GetUserToken");
            return Task.FromResult(new TokenResponse(token: $"token for {userId}"));
        }

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            Calls.Add("SignOutUser");
            return Task.CompletedTask;
        }

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(
            string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(
            string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
