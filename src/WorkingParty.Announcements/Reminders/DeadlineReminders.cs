using System.Globalization;
using Microsoft.Extensions.Logging;
using WorkingParty.Announcements.Background;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Storage;
using WorkingParty.Storage.Time;

namespace WorkingParty.Announcements.Reminders;

/// <summary>
/// Sends a reminder announcement, through the same outbox as any other, once a deadline is
/// <see cref="ReminderOptions.DaysBefore"/> days away or closer. Its id is made from the deadline and its date,
/// so each deadline is reminded once, however often or on however many instances the check runs;
/// a deadline extended to a new date is reminded again before the new date.
/// </summary>
public sealed class DeadlineReminders(
    IOpenDeadlines deadlines,
    AnnouncementDesk desk,
    ReminderOptions options,
    TimeProvider time,
    ILogger<DeadlineReminders> logger)
{
    private readonly LoopSignal _checked = new();

    /// <summary>Completes when a periodic check (see <see cref="RunAsync"/>) begun after this call has finished, well or not.</summary>
    public Task WhenCheckedAsync(CancellationToken cancellationToken = default) => _checked.NextAsync(cancellationToken);

    /// <summary>Checks now; returns the reminders this check started.</summary>
    public async Task<IReadOnlyList<Announcement>> CheckAsync(CancellationToken cancellationToken = default)
    {
        if (options.DaysBefore <= 0)
            return [];
        var today = time.Today();
        var started = new List<Announcement>();
        foreach (var deadline in await deadlines.ListAsync(cancellationToken))
        {
            var daysLeft = deadline.Date.DayNumber - today.DayNumber;
            // A reminder would announce a doubtful date as certain; the secretariat's extension settles it first.
            if (daysLeft < 0 || daysLeft > options.DaysBefore || deadline.DateInDoubt)
                continue;
            if (await desk.PublishAsync(ReminderFor(deadline, daysLeft), cancellationToken) is { } reminder)
            {
                logger.LogInformation("Reminder {Announcement} started for deadline {Deadline} on {Date}", reminder.Id, deadline.Id, deadline.Date);
                started.Add(reminder);
            }
        }
        return started;
    }

    /// <summary>Checks at every <see cref="ReminderOptions.CheckInterval"/> until cancelled; the host runs it in the background.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.CheckInterval, time);
        do
        {
            var pass = _checked.BeginPass();
            try
            {
                await CheckAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The host stopped in the middle of a check.
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The deadline reminder check failed; it runs again in {Interval}", options.CheckInterval);
            }
            _checked.Reached(pass);
        }
        while (await WaitAsync(timer, cancellationToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private Announcement ReminderFor(OpenDeadline deadline, int daysLeft)
    {
        var when = daysLeft switch { 0 => "today", 1 => "tomorrow", _ => $"in {daysLeft} days" };
        var date = deadline.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var draft = new AnnouncementDraft(
            $"Reminder: deadline {when}",
            $"The deadline for {deadline.Subject} is {date}{(deadline.Source is { } source ? $" ({source})" : "")}.",
            daysLeft == 0 ? Importance.High : Importance.Normal,
            options.Audience);
        var id = $"reminder-{KeySegment.Slug(deadline.Id)}-{deadline.Date:yyyyMMdd}";
        return new Announcement(id, draft, Announcement.SystemAuthor, "Working Party Bot", time.GetUtcNow(), AnnouncementStatus.Draft);
    }
}
