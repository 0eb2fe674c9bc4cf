using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Features.MinutesUpload;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Publication;
using WorkingParty.Minutes.Revisions;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>
/// Stores published minutes: their corrections beside them first (a record is never answerable without its
/// corrections), who published them (minutes withdrawn before are answerable again), then the record as read, then
/// makes them answerable at once. A revision replaces the version it revises: that one is kept (under
/// <see cref="MinutesVersions"/>) and no longer answered from; deadlines it moves keep their ids, so comments on them
/// stay attached, and the delegates who commented are told the new date.
/// </summary>
public sealed class MinutesPublisher(
    MeetingRepository meetings,
    MinutesCorrections corrections,
    MinutesPublications publications,
    MinutesVersions versions,
    MinutesCatalog catalog,
    MovedDeadlineNotifier notifier)
{
    public async Task PublishAsync(UploadedMinutes upload, CorrectionMark by, CancellationToken cancellationToken)
    {
        var meeting = upload.Meeting;
        var source = MeetingSource.IdOf(meeting);
        var earlier = upload.Revises is { } revises ? await EarlierAsync(revises, cancellationToken) : null;
        var changes = earlier is null ? MinutesChanges.None : MinutesDiff.Between(earlier, CorrectionOverlay.Apply(meeting, upload.Corrections));
        var moved = changes.MovedDeadlines;
        await corrections.SaveAsync(source, _ => CorrectionCarryOver.WithDeadlineIds(upload.Corrections, meeting, moved, by), cancellationToken);
        await publications.RecordPublishedAsync(source, by, upload.Revises, cancellationToken);
        if (upload.Revises is { } replaced)
        {
            if (earlier is not null) await versions.KeepAsync(replaced.SourceId, earlier.Read, cancellationToken);
            await publications.SupersedeAsync(replaced.SourceId, by, cancellationToken);
        }

        await meetings.SaveAsync(meeting, cancellationToken);
        await catalog.ReloadAsync(cancellationToken);
        await notifier.TellAuthorsAsync(meeting, moved, cancellationToken);
    }

    /// <summary>The version a revision replaces, as answered from until now: from the minutes store, or kept already.</summary>
    private async Task<CorrectedMeeting?> EarlierAsync(EarlierVersion revises, CancellationToken cancellationToken)
    {
        var read = await meetings.GetAsync(revises.MeetingId, cancellationToken) is { } stored && MeetingSource.IdOf(stored) == revises.SourceId
            ? stored
            : await versions.GetAsync(revises.SourceId, cancellationToken);
        return read is null ? null : CorrectionOverlay.Apply(read, await corrections.GetAsync(revises.SourceId, cancellationToken));
    }
}
