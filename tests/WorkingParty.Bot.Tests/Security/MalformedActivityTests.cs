using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards.Actions;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>Issue 14, item 8: activities the SDK cannot answer are refused at the door, with a reason, before any turn runs.</summary>
public sealed class MalformedActivityTests : IAsyncLifetime
{
    private readonly BotFactory _bot = new();
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/v3/conversations")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    public async Task An_activity_with_a_missing_or_invalid_service_url_is_a_bad_request_with_a_problem_body(string? serviceUrl)
    {
        var message = TeamsActivities.PersonalMessage("help", _connector.ServiceUrl);
        message["serviceUrl"] = serviceUrl;

        var response = await PostAsync(message.ToString(), "application/json");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "serviceUrl");
    }

    [Fact]
    public async Task An_activity_without_a_recipient_is_a_bad_request_and_no_turn_runs()
    {
        var message = TeamsActivities.PersonalMessage("help", _connector.ServiceUrl);
        message.Remove("recipient");

        var response = await PostAsync(message.ToString(), "application/json");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "recipient");
        // A turn runs inside its request, so one would have sent its reply before the response came.
        Assert.Empty(_connector.Received);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/xml")]
    [InlineData(null)]
    public async Task A_body_that_is_not_json_by_content_type_is_unsupported(string? contentType)
    {
        var message = TeamsActivities.PersonalMessage("help", _connector.ServiceUrl);

        var response = await PostAsync(message.ToString(), contentType);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "JSON");
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task Json_with_a_charset_is_still_an_activity()
    {
        var message = TeamsActivities.PersonalMessage("help", _connector.ServiceUrl);

        var response = await PostAsync(message.ToString(), "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await _connector.WaitForAsync(1));
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return _bot.CreateClient().PostAsync("/api/messages", content);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string mentioned)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, (int?)problem["status"]);
        Assert.Contains(mentioned, (string?)problem["detail"]);
    }
}
