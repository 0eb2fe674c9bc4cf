using System.Net;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Http;

/// <summary>"Add to calendar" on the next-meeting card opens an .ics file the bot serves.</summary>
public sealed class CalendarFileTests : IAsyncLifetime
{
    private readonly BotFactory _bot = new(new Dictionary<string, string?> { ["Bot:PublicUrl"] = "https://wpbot.example.org" });
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task The_calendar_link_of_the_next_meeting_serves_an_all_day_event_naming_the_working_party()
    {
        await _bot.PostAsync(TeamsActivities.PersonalMessage("when is the next meeting?", _connector.ServiceUrl));
        var card = (await _connector.WaitForAsync(1))[0]["attachments"]![0]!["content"]!.ToString();
        var link = System.Text.RegularExpressions.Regex.Match(card, @"https://wpbot\.example\.org/calendar/[^""]+\.ics").Value;

        var response = await _bot.CreateClient().GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20170419", ics);
        Assert.Contains("DTEND;VALUE=DATE:20170420", ics);
        Assert.Contains("SUMMARY:Horizontal Working Party on Cyber Issues: Meeting", ics);
    }

    [Theory]
    [InlineData("/calendar/no-such-event.ics")]
    [InlineData("/calendar/2017-03-15-hwp-cyber-issues_2017-04-19_workshop.ics")]
    public async Task An_id_of_no_coming_date_is_not_found(string path)
    {
        var response = await _bot.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
