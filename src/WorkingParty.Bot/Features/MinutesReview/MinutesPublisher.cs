using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Features.MinutesUpload;

using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>
/// Stores published minutes: their corrections beside them first (a record is never answerable without its
/// corrections), then the record as read, then makes them answerable at once.
/// </summary>
public sealed class MinutesPublisher(MeetingRepository meetings, MinutesCorrections corrections, MinutesCatalog catalog)
{
    public async Task PublishAsync(UploadedMinutes upload, CancellationToken cancellationToken)
    {
        var meeting = upload.Meeting;
        await corrections.SaveAsync(MeetingSource.IdOf(meeting), _ => upload.Corrections, cancellationToken);
        await meetings.SaveAsync(meeting, cancellationToken);
        await catalog.ReloadAsync(cancellationToken);
    }
}
