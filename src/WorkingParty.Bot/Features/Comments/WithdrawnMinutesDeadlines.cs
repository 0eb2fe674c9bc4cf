using System.Globalization;
using WorkingParty.Comments;
using WorkingParty.Comments.Deadlines;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// The deadlines of withdrawn minutes, corrections applied: nobody writes on them any more, but the comments sent on them
/// before are kept, and the secretariat may still compile them.
/// </summary>
public sealed class WithdrawnMinutesDeadlines(MeetingRepository meetings, MinutesOverlay overlay)
{
    public async Task<DeadlineInfo?> FindAsync(string deadlineId, CancellationToken cancellationToken)
    {
        var stored = await overlay.ApplyAsync(await meetings.ListAsync(cancellationToken).ToListAsync(cancellationToken), cancellationToken);
        return stored
            .Where(minutes => minutes.Publication.Withdrawn is not null)
            .Select(minutes => minutes.Corrected.Meeting)
            .SelectMany(meeting => meeting.Deadlines.Where(d => d.IdIn(meeting) == deadlineId).Select(d => new DeadlineInfo(
                deadlineId, d.Date, d.Subject, d.Documents,
                $"{meeting.Body}, meeting of {meeting.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, item {d.Item}") { MinutesWithdrawn = true }))
            .FirstOrDefault();
    }
}
