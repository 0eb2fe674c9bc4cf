namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Applies moves and cancellations to the whole document, once every sentence is read: "the meeting of 17 June is
/// postponed to 24 June" or "the meeting of 1 July has been cancelled" takes 17 June and 1 July out of a list of next
/// meetings given earlier ("the next meetings will be held on 3 June, 17 June and 1 July").
/// </summary>
public static class MeetingMoves
{
    public static void Apply(List<DatedEvent> events, IReadOnlyCollection<DateOnly> replaced)
    {
        var cancelled = events.Where(e => e.Status == "cancelled").Select(e => e.Date).ToHashSet();
        events.RemoveAll(e => e.Kind == EventKind.NextMeeting && e.Status is not "cancelled"
            && (replaced.Contains(e.Date) || cancelled.Contains(e.Date)));
    }
}
