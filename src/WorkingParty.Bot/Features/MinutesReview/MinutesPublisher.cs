using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Features.MinutesUpload;

using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Publication;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>
/// Stores published minutes: their corrections beside them first (a record is never answerable without its
/// corrections), who published them (minutes withdrawn before are answerable again), then the record as read, then
/// makes them answerable at once.
/// </summary>
public sealed class MinutesPublisher(MeetingRepository meetings, MinutesCorrections corrections, MinutesPublications publications, MinutesCatalog catalog)
{
    public async Task PublishAsync(UploadedMinutes upload, CorrectionMark by, CancellationToken cancellationToken)
    {
        var meeting = upload.Meeting;
        var source = MeetingSource.IdOf(meeting);
        await corrections.SaveAsync(source, _ => upload.Corrections, cancellationToken);
        await publications.RecordPublishedAsync(source, by, cancellationToken);
        await meetings.SaveAsync(meeting, cancellationToken);
        await catalog.ReloadAsync(cancellationToken);
    }
}
