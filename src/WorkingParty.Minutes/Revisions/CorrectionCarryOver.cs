using WorkingParty.Minutes.Corrections;

namespace WorkingParty.Minutes.Revisions;

/// <summary>
/// The corrections of a stored version that still hold for a new version of the same minutes: each where the new
/// version reads the fact as the stored one was read (the same value, from the same sentence), so the correction still
/// corrects it; dates and deadlines the secretariat added, unless the new version has them now. A correction of a fact
/// the new version reads otherwise is dropped: the revision settles it.
/// </summary>
public static class CorrectionCarryOver
{
    public static CorrectionSet From(CorrectionSet stored, Meeting revision)
    {
        var events = FactIds.OfEvents(revision.Events).Zip(revision.Events).ToDictionary(p => p.First, p => p.Second);
        var deadlines = FactIds.OfDeadlines(revision.Deadlines).Zip(revision.Deadlines).ToDictionary(p => p.First, p => p.Second);
        var items = revision.Items.Zip(FactIds.ItemOccurrences(revision.Items), (item, nth) => (Key: (item.Number, nth), item.Title))
            .ToDictionary(p => p.Key, p => p.Title);
        return new CorrectionSet(stored.Corrections.Where(correction => correction switch
        {
            MeetingDateCorrection c => revision.Date == c.Read,
            BodyCorrection c => revision.Body == c.Read,
            DocumentNumberCorrection c => revision.Header.DocumentNumber == c.Read,
            ItemTitleCorrection c => items.GetValueOrDefault((c.Item, c.Occurrence)) == c.Read,
            EventCorrection c => events.GetValueOrDefault(c.FactId) is { } read && EventValue.Of(read) == c.Read,
            DeadlineCorrection c => deadlines.GetValueOrDefault(c.FactId) is { } read && Equals(DeadlineValue.Of(read), c.Read),
            AddedEvent c => !revision.Events.Any(e => e.Date == c.Value.Date && e.Kind == c.Value.Kind),
            AddedDeadline c => !revision.Deadlines.Any(d => d.Date == c.Value.Date && d.Item == c.Value.Item),
            _ => false,
        }).ToList());
    }

    /// <summary>The new version's deadlines keep the ids their earlier selves had (comments stay attached).</summary>
    public static CorrectionSet WithDeadlineIds(CorrectionSet corrections, Meeting revision, IEnumerable<MovedDeadline> moved, CorrectionMark mark)
    {
        var ids = FactIds.OfDeadlines(revision.Deadlines).ToList();
        var ordinals = FactIds.Ordinals(revision.Deadlines.Select(d => d.Sentence));
        return moved.Where(m => ids.Contains(m.FactId)).Aggregate(corrections, (set, m) =>
        {
            var index = ids.IndexOf(m.FactId);
            return set.With(new DeadlineContinues(revision.Deadlines[index].Sentence, ordinals[index], m.EarlierLocalId)
            {
                EarlierMeetingId = m.EarlierMeetingId == revision.Id ? null : m.EarlierMeetingId,
                Mark = mark,
            });
        });
    }
}
