using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Http;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly BotFactory _bot = new();
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task A_Teams_message_is_accepted_and_the_reply_arrives_at_its_service_url()
    {
        var message = TeamsActivities.PersonalMessage("help", _connector.ServiceUrl);

        var response = await PostAsync(message.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("a:personal-chat-1", (string?)reply["conversation"]?["id"]);
        Assert.Equal((string?)message["id"], (string?)reply["replyToId"]);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"an object without a type\"}")]
    [InlineData("{\"type\": \"message\", \"text\": \"no conversation\"}")]
    public async Task A_body_that_is_not_an_activity_is_a_bad_request(string body)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_without_reading_it_whole()
    {
        var message = TeamsActivities.PersonalMessage(new string('x', 600 * 1024), _connector.ServiceUrl);

        var response = await PostAsync(message.ToString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string body) =>
        _bot.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
}
