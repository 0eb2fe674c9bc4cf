using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Http;

/// <summary>
/// With a MicrosoftAppId set, only a token the channel signed for this bot gets through. The channel's
/// OpenID metadata is served by a local issuer, so every case runs offline.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "5b1c2d3e-0000-4000-8000-00000000b07";
    private const string ServiceUrl = "http://127.0.0.1:9/teams/";

    private ChannelTokenIssuer _issuer = null!;
    private BotFactory _bot = null!;
    private readonly List<string> _turnsSeen = [];

    public async Task InitializeAsync()
    {
        _issuer = await ChannelTokenIssuer.StartAsync();
        _bot = new BotFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-offline",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = ChannelTokenIssuer.Issuer,

            // Setting one endpoint makes the SDK read them all; these are the public cloud's values.
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration",
            ["OAuthUrl"] = "https://api.botframework.com",
            ["ValidateAuthority"] = "true",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_token_the_channel_signed_for_this_bot_reaches_the_bot()
    {
        var response = await PostAsync($"Bearer {_issuer.Sign(AppId, ServiceUrl)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["messageReaction"], _turnsSeen);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task A_missing_or_malformed_token_is_unauthorized(string? header)
    {
        var response = await PostAsync(header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_turnsSeen);
    }

    [Theory]
    [InlineData(TokenFault.SignedByAnotherKey)]
    [InlineData(TokenFault.Expired)]
    [InlineData(TokenFault.WrongAudience)]
    [InlineData(TokenFault.WrongIssuer)]
    public async Task A_forged_expired_or_misdirected_token_is_unauthorized(TokenFault fault)
    {
        var response = await PostAsync($"Bearer {_issuer.Sign(AppId, ServiceUrl, fault)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_turnsSeen);
    }

    [Fact]
    public async Task A_token_for_another_service_url_is_unauthorized()
    {
        var response = await PostAsync($"Bearer {_issuer.Sign(AppId, "https://smba.forged.example/")}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>A reaction: the bot takes it without replying, so no outbound token is needed offline.</summary>
    private async Task<HttpResponseMessage> PostAsync(string? authorization)
    {
        var client = _bot.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddTransient<IBot>(_ => new RecordingBot(_turnsSeen)))).CreateClient();
        var activity = TeamsActivities.PersonalMessage("", ServiceUrl);
        activity["type"] = "messageReaction";
        activity["reactionsAdded"] = new JArray(new JObject { ["type"] = "like" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    private sealed class RecordingBot(List<string> seen) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            lock (seen)
            {
                seen.Add(turnContext.Activity.Type);
            }

            return Task.CompletedTask;
        }
    }
}
