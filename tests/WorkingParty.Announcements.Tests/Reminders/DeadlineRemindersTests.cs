using Microsoft.Extensions.Logging.Abstractions;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Reminders;
using WorkingParty.Announcements.Tests.Support;

namespace WorkingParty.Announcements.Tests.Reminders;

public sealed class DeadlineRemindersTests : PinnedInstance
{
    private sealed class Deadlines(params OpenDeadline[] open) : IOpenDeadlines
    {
        public OpenDeadline[] Open { get; set; } = open;

        public Task<IReadOnlyList<OpenDeadline>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<OpenDeadline>>(Open);
    }

    // The clock is pinned to 27 November 2026.
    private readonly Deadlines _deadlines = new(
        new OpenDeadline("item-9-2026-11-29", new DateOnly(2026, 11, 29), "written comments on doc. 7130/17", "HWP Cyber, meeting of 13 November 2026, item 9"),
        new OpenDeadline("item-4-2026-12-10", new DateOnly(2026, 12, 10), "the questionnaire"),
        new OpenDeadline("item-2-2026-11-20", new DateOnly(2026, 11, 20), "a past request"));

    private DeadlineReminders Reminders(int daysBefore = 2) =>
        new(_deadlines, Bot.Desk, new ReminderOptions { DaysBefore = daysBefore }, Time, NullLogger<DeadlineReminders>.Instance);

    [Fact]
    public async Task A_deadline_within_the_configured_days_is_reminded_through_the_outbox_once()
    {
        await Bot.AddConversationsAsync(3);
        var reminders = Reminders();

        var first = await reminders.CheckAsync();
        var second = await Reminders().CheckAsync();
        Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await reminders.CheckAsync();

        var reminder = Assert.Single(first);
        Assert.Empty(second);
        Assert.Empty(nextDay);
        Assert.Equal(("Reminder: deadline in 2 days", "The deadline for written comments on doc. 7130/17 is 29 November 2026 (HWP Cyber, meeting of 13 November 2026, item 9).", AnnouncementStatus.Sending),
            (reminder.Content.Title, reminder.Content.Text, reminder.Status));
        Assert.Equal(3, (await Bot.Outbox.ReadAsync(reminder.Id)).Count);
    }

    [Fact]
    public async Task A_deadline_extended_to_a_new_date_is_reminded_again_before_it()
    {
        var reminders = Reminders();
        await reminders.CheckAsync();

        _deadlines.Open = [new OpenDeadline("item-9-2026-11-29", new DateOnly(2026, 12, 4), "written comments on doc. 7130/17")];
        Time.Advance(TimeSpan.FromDays(6));
        var again = await reminders.CheckAsync();

        Assert.Equal("Reminder: deadline tomorrow", Assert.Single(again).Content.Title);
    }

    [Fact]
    public async Task A_deadline_whose_date_is_in_doubt_is_not_reminded()
    {
        _deadlines.Open = [_deadlines.Open[0] with { DateInDoubt = true }];

        Assert.Empty(await Reminders().CheckAsync());
    }

    [Fact]
    public async Task The_periodic_check_runs_on_the_injected_clock()
    {
        _deadlines.Open = [new OpenDeadline("item-4-2026-12-10", new DateOnly(2026, 12, 10), "the questionnaire")];
        var reminders = Reminders(daysBefore: 3);
        using var stop = new CancellationTokenSource();
        var firstCheck = reminders.WhenCheckedAsync();
        var running = reminders.RunAsync(stop.Token);
        await firstCheck.WaitAsync(Patience);

        // An hour (the check interval) at a time, until 7 December (three days before) comes.
        for (var hour = 0; hour < 24 * 10 && !await HasReminderAsync(); hour++)
        {
            var nextCheck = reminders.WhenCheckedAsync();
            Time.Advance(TimeSpan.FromHours(1));
            await nextCheck.WaitAsync(Patience);
        }
        await stop.CancelAsync();
        await running;

        var reminder = Assert.Single(await Bot.Announcements.ListAsync().ToListAsync());
        Assert.Equal(new DateOnly(2026, 12, 7), DateOnly.FromDateTime(reminder.CreatedAt.UtcDateTime));
    }

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private async Task<bool> HasReminderAsync() => await Bot.Announcements.ListAsync().AnyAsync();
}
