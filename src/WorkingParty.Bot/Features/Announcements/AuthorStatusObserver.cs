using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Bot.Features.Secretariat;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// Updates the author's status card in place as a broadcast progresses (reminders have no author card), and picks
/// up the date changes an announcement sent from another instance carries.
/// </summary>
public sealed class AuthorStatusObserver(
    StatusCardLocations locations,
    BroadcastStatusViews statusViews,
    ProactiveMessenger messenger,
    ReplyBuilder replies,
    AnnouncedScheduleChanges scheduleChanges) : IBroadcastObserver
{
    public async Task ReportUpdatedAsync(Announcement announcement, BroadcastReport report, CancellationToken cancellationToken)
    {
        if (announcement.Content.NextMeetingMovedTo is not null || announcement.Content.DeadlineExtended is not null)
        {
            await scheduleChanges.RefreshAsync(cancellationToken);
        }

        if (await locations.FindAsync(announcement.Id, cancellationToken) is not { } location)
        {
            return;
        }

        var view = await statusViews.ViewAsync(announcement, report, cancellationToken);
        var update = CardReply.From(replies.Build(view));
        update.Id = location.ActivityId;
        await messenger.ContinueAsync(location.Reference, (turnContext, token) => turnContext.UpdateActivityAsync(update, token), cancellationToken);
    }
}
