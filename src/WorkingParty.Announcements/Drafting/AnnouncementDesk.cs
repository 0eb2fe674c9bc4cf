using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Roles;
using WorkingParty.Announcements.ScheduleChanges;
using WorkingParty.Storage.Time;

namespace WorkingParty.Announcements.Drafting;

/// <summary>
/// Where the secretariat writes announcements: <see cref="PrepareAsync"/> stores a draft for the preview card,
/// <see cref="SendAsync"/> records its date changes and starts the broadcast. Sending twice (a double click,
/// two instances) starts one broadcast.
/// </summary>
public sealed class AnnouncementDesk(
    AnnouncementRepository announcements,
    SecretariatRoles roles,
    ScheduleChangeLog scheduleChanges,
    BroadcastPlanner planner,
    TimeProvider time)
{
    public async Task<DeskResult> PrepareAsync(AnnouncementDraft draft, TeamsUser author, CancellationToken cancellationToken = default)
    {
        var decision = await roles.AuthorizeAsync(author, SecretariatAction.Announce, cancellationToken);
        if (!decision.Allowed)
            return DeskResult.Refused(decision.Refusal!);
        var now = time.GetUtcNow();
        var problems = draft.Problems(time.Today());
        if (problems.Count > 0)
            return new DeskResult(null, problems);
        var announcement = new Announcement(NewId(now), draft with { Title = draft.Title.Trim(), Text = draft.Text.Trim() },
            author.Identifiers().First(), author.DisplayName, now, AnnouncementStatus.Draft);
        await announcements.TryCreateAsync(announcement, cancellationToken);
        return DeskResult.Done(announcement);
    }

    public async Task<DeskResult> SendAsync(string announcementId, TeamsUser user, CancellationToken cancellationToken = default)
    {
        var decision = await roles.AuthorizeAsync(user, SecretariatAction.Announce, cancellationToken);
        if (!decision.Allowed)
            return DeskResult.Refused(decision.Refusal!);
        if (await announcements.GetAsync(announcementId, cancellationToken) is not { } announcement)
            return DeskResult.Refused("I cannot find that announcement any more; please write it again with \"announce\".");
        return DeskResult.Done(await LaunchAsync(announcement, cancellationToken));
    }

    /// <summary>Stores an announcement the bot sends by itself and starts it; an id already taken means it was sent before.</summary>
    internal async Task<Announcement?> PublishAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        if (!await announcements.TryCreateAsync(announcement, cancellationToken))
            return null;
        return await LaunchAsync(announcement, cancellationToken);
    }

    private async Task<Announcement> LaunchAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        if (announcement.Status != AnnouncementStatus.Draft)
            return announcement;
        // Recorded before the status changes, so a crash in between loses no date change; recording is idempotent.
        foreach (var change in ScheduleChangesOf(announcement))
            await scheduleChanges.RecordAsync(change, cancellationToken);
        var (now, changed) = await announcements.UpdateAsync(announcement.Id,
            a => a.Status == AnnouncementStatus.Draft ? a with { Status = AnnouncementStatus.Sending, SentAt = time.GetUtcNow() } : null,
            cancellationToken);
        if (changed)
            await planner.PlanAsync(now!, cancellationToken);
        return now ?? announcement;
    }

    private IEnumerable<ScheduleChange> ScheduleChangesOf(Announcement announcement)
    {
        var now = time.GetUtcNow();
        if (announcement.Content.NextMeetingMovedTo is { } meeting)
            yield return new ScheduleChange(ScheduleChangeKind.NextMeeting, ScheduleChange.NextMeetingTarget, meeting, announcement.Id, announcement.AuthorName, now);
        if (announcement.Content.DeadlineExtended is { } extension)
            yield return new ScheduleChange(ScheduleChangeKind.Deadline, extension.DeadlineId, extension.NewDate, announcement.Id, announcement.AuthorName, now);
    }

    private static string NewId(DateTimeOffset now) => $"{now.UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
}
