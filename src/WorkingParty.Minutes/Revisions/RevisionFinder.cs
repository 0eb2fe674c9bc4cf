using WorkingParty.Minutes.Corrections;

namespace WorkingParty.Minutes.Revisions;

/// <summary>
/// Finds the stored minutes a newly read file revises: another file (another digest) with a version of the same
/// document number ("7130/1/17 REV 1" revises "7130/17"), or of the same working party and meeting date; the current
/// version first, else one a revision replaced already.
/// </summary>
public static class RevisionFinder
{
    public static OverlaidMinutes? Revised(Meeting read, IEnumerable<OverlaidMinutes> stored)
    {
        var source = MeetingSource.IdOf(read);
        var others = stored.Where(m => m.SourceId != source).OrderBy(m => m.Publication.Superseded is not null).ToList();
        return others.FirstOrDefault(m => DocumentNumbers.SameDocument(m.Corrected.Read.Header.DocumentNumber, read.Header.DocumentNumber))
            ?? others.FirstOrDefault(m => m.Corrected.Meeting.Body == read.Body && m.Corrected.Meeting.Date == read.Date);
    }
}
