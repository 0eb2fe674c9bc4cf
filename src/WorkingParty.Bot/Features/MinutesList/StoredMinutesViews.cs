using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.MinutesList;

/// <summary>The stored minutes as the secretariat's list shows them: corrections applied, withdrawn ones too, latest meeting first.</summary>
public sealed class StoredMinutesViews(MinutesCatalog catalog, MeetingRepository meetings, MinutesOverlay overlay)
{
    public async Task<StoredMinutesView> ListAsync(int offset, ReviewNotice? notice, CancellationToken cancellationToken)
    {
        await catalog.GetAnswererAsync(cancellationToken); // the minutes folder is stored by then
        var stored = await meetings.ListAsync(cancellationToken).ToListAsync(cancellationToken);
        var minutes = (await overlay.ApplyAsync(stored, cancellationToken))
            .OrderByDescending(m => m.Corrected.Meeting.Date).ThenBy(m => m.Corrected.Meeting.Body, StringComparer.Ordinal)
            .Select(Entry).ToList();
        return new StoredMinutesView(minutes) { Offset = offset, Notice = notice };
    }

    private static StoredMinutesEntry Entry(OverlaidMinutes minutes)
    {
        var meeting = minutes.Corrected.Meeting;
        return new StoredMinutesEntry(minutes.SourceId, meeting.Body, meeting.Date, meeting.Header.DocumentNumber, meeting.SourceFile,
            ActedBy(minutes.Publication.Published), minutes.Corrections.Count, minutes.Corrected.Unmatched.Count, ActedBy(minutes.Publication.Withdrawn))
        {
            Revises = minutes.Publication.Revises?.FileName,
            Superseded = ActedBy(minutes.Publication.Superseded),
        };
    }

    private static ActedBy? ActedBy(CorrectionMark? mark) => mark is null ? null : new ActedBy(mark.By, mark.At);
}
