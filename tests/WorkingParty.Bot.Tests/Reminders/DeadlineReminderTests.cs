using Microsoft.Extensions.Time.Testing;
using WorkingParty.Announcements.Reminders;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;
using WorkingParty.Testing;
using SentCards = WorkingParty.Bot.Tests.Secretariat.Cards;

namespace WorkingParty.Bot.Tests.Reminders;

/// <summary>
/// Deadline reminders through the real host: its background check, on a fake clock, posts a reminder announcement
/// through the loopback connector into the conversations the bot is installed in. The sample minutes' deadlines are
/// item 7 on 29 March 2017 and item 9 on 3 April 2017, both of the meeting of 15 March 2017.
/// </summary>
public sealed class DeadlineReminderTests : IAsyncDisposable
{
    private const string ItemSeven = "2017-03-15-hwp-cyber-issues/item-7-2017-03-29";
    private static readonly TimeSpan CheckInterval = TimeSpan.FromHours(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private FakeTimeProvider _time = new(At(2017, 3, 25));
    private SecretariatBot _bot = null!;

    [Fact]
    public async Task A_reminder_reaches_every_installed_conversation_once_citing_the_meeting_and_the_item()
    {
        await StartAndInstallAsync();

        await MoveToAsync(At(2017, 3, 27));
        await _bot.WaitUntilAsync(requests => Reminders(requests).Count == 2);

        var reminders = Reminders(_bot.Connector.Requests);
        Assert.Equal(new[] { SecretariatActivities.DelegateChat, SecretariatActivities.TeamId }.Order(StringComparer.Ordinal),
            reminders.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        Assert.All(reminders, r =>
        {
            var text = SentCards.TextOf(r.Activity);
            Assert.Contains("Reminder: deadline in 2 days", text);
            Assert.Contains("29 March 2017", text);
            Assert.Contains("meeting of 15 March 2017", text);
            Assert.Contains("item 7", text);
        });
    }

    [Fact]
    public async Task A_reminder_is_not_sent_again_on_the_next_checks_of_the_day_nor_after_a_restart_on_the_same_store()
    {
        await StartAndInstallAsync();
        await MoveToAsync(At(2017, 3, 27));
        await _bot.WaitUntilAsync(requests => Reminders(requests).Count == 2);

        Assert.Empty(await _bot.Service<DeadlineReminders>().CheckAsync());
        await MoveToAsync(At(2017, 3, 27) + 3 * CheckInterval);
        await _bot.RestartAsync();
        Assert.Empty(await _bot.Service<DeadlineReminders>().CheckAsync());
        await MoveToAsync(At(2017, 3, 27) + 5 * CheckInterval);

        Assert.Equal(2, Reminders(_bot.Connector.Requests).Count);
    }

    [Fact]
    public async Task A_deadline_that_has_passed_is_not_reminded_while_a_later_one_is()
    {
        _time = new FakeTimeProvider(At(2017, 3, 18));
        await StartAndInstallAsync(daysBefore: 10);

        await MoveToAsync(At(2017, 3, 30));
        await _bot.WaitUntilAsync(requests => Reminders(requests).Count == 2);

        Assert.All(Reminders(_bot.Connector.Requests), r =>
        {
            var text = SentCards.TextOf(r.Activity);
            Assert.Contains("Reminder: deadline in 4 days", text);
            Assert.Contains("3 April 2017", text);
            Assert.DoesNotContain("29 March 2017", text);
        });
        Assert.Empty(await _bot.Service<DeadlineReminders>().CheckAsync());
    }

    [Fact]
    public async Task With_reminders_off_nothing_is_sent_even_the_day_before_a_deadline()
    {
        await StartAndInstallAsync(daysBefore: 0);

        await MoveToAsync(At(2017, 3, 28));

        Assert.Empty(await _bot.Service<DeadlineReminders>().CheckAsync());
        Assert.Empty(Reminders(_bot.Connector.Requests));
    }

    /// <summary>The reminder is an announcement to every conversation, not a chaser of missing comments: a delegation that commented gets it too.</summary>
    [Fact]
    public async Task A_delegation_that_already_commented_is_reminded_like_everyone()
    {
        await StartAndInstallAsync();
        var submitted = await _bot.Service<CommentService>().SubmitAsync(new CommentSubmission(
            "submission-1", ItemSeven, "CZ", new CommentAuthor(SecretariatActivities.DelegateId, "Jana Novak"), "We support the text."));
        Assert.IsType<CommentResult.Accepted>(submitted);

        await MoveToAsync(At(2017, 3, 27));
        await _bot.WaitUntilAsync(requests => Reminders(requests).Count == 2);

        Assert.Contains(Reminders(_bot.Connector.Requests), r => r.ConversationId == SecretariatActivities.DelegateChat);
    }

    /// <summary>Starts the host on the fake clock and installs it in a delegate's personal chat and a team's General channel.</summary>
    private async Task StartAndInstallAsync(int daysBefore = 2)
    {
        _bot = await SecretariatBot.StartAsync(new Dictionary<string, string?>
        {
            ["Reminders:DaysBefore"] = daysBefore.ToString(),
            ["Reminders:CheckInterval"] = CheckInterval.ToString(),
        }, time: _time);
        await _bot.PostAsync(TeamsActivities.BotInstalled(_bot.ServiceUrl));
        await _bot.PostAsync(SecretariatActivities.AddedToTeam(_bot.ServiceUrl));
    }

    /// <summary>
    /// Moves the host's clock on, waits for the reminder check the move makes due (a pass of the background check begun
    /// after it was asked for), then for the broadcast worker to be idle in a pass begun after that: whatever the check
    /// announced has been sent by then, and what has not arrived will not.
    /// </summary>
    private async Task MoveToAsync(DateTimeOffset when)
    {
        var checkedAfterMove = _bot.Service<DeadlineReminders>().WhenCheckedAsync();
        _time.SetUtcNow(when);
        await checkedAfterMove.WaitAsync(Patience);
        await _bot.WhenBroadcastIdleAsync();
    }

    /// <summary>Nine in the morning in Brussels.</summary>
    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 7, 0, 0, TimeSpan.Zero);

    private static List<ConnectorRequest> Reminders(IReadOnlyCollection<ConnectorRequest> requests) =>
        AnnouncementTests.Posts(requests).Where(r => SentCards.TextOf(r.Activity).Contains("Reminder: deadline")).ToList();

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
            await _bot.DisposeAsync();
    }
}
