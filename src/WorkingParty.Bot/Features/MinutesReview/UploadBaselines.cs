using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Publication;
using WorkingParty.Minutes.Revisions;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>
/// What an uploaded file starts its review with: the corrections its minutes already have (the same file sent again),
/// or, for a new version of stored minutes (a revision), the stored version's corrections that still hold, what the
/// earlier version is, and what the new one changes against it.
/// </summary>
public sealed record UploadBaseline(CorrectionSet Corrections, EarlierVersion? Revises, MinutesChanges? Changes);

public sealed class UploadBaselines(MinutesCatalog catalog, MeetingRepository meetings, MinutesOverlay overlay, MinutesCorrections corrections)
{
    public async Task<UploadBaseline> ForAsync(Meeting read, CancellationToken cancellationToken)
    {
        var own = await corrections.GetAsync(MeetingSource.IdOf(read), cancellationToken);
        await catalog.GetAnswererAsync(cancellationToken); // the minutes folder is stored by then
        var stored = await overlay.ApplyAsync(await meetings.ListAsync(cancellationToken).ToListAsync(cancellationToken), cancellationToken);
        if (stored.Any(m => m.SourceId == MeetingSource.IdOf(read)) || RevisionFinder.Revised(read, stored) is not { } earlier)
        {
            return new UploadBaseline(own, null, null);
        }

        var carried = CorrectionCarryOver.From(earlier.Corrections, read).Merge(own);
        var version = earlier.Corrected.Read;
        return new UploadBaseline(carried, new EarlierVersion(earlier.SourceId, version.Id, version.SourceFile, version.Header.DocumentNumber),
            MinutesDiff.Between(earlier.Corrected, CorrectionOverlay.Apply(read, carried)));
    }
}
