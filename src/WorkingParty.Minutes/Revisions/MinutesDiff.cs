using WorkingParty.Minutes.Corrections;

namespace WorkingParty.Minutes.Revisions;

/// <summary>
/// What a new version of minutes changes against the stored version (both with their corrections applied): the meeting
/// date, item titles by number, and the dates and deadlines, each matched to its earlier self by the sentence it was
/// read from, else by its date and kind (a date) or item and date (a deadline), else, for a deadline, by its item
/// alone: a deadline matched so with another due date moved.
/// </summary>
public static class MinutesDiff
{
    public static MinutesChanges Between(CorrectedMeeting stored, CorrectedMeeting revision)
    {
        var changes = new List<FactChange>();
        if (stored.Meeting.Date != revision.Meeting.Date)
            changes.Add(new FactChange(FactKind.MeetingDate, Change.Changed, Words.Date(stored.Meeting.Date), Words.Date(revision.Meeting.Date)));
        changes.AddRange(Items(stored.Meeting.Items, revision.Meeting.Items));

        var (earlierDates, dates) = (Standing(stored.Events), Standing(revision.Events));
        foreach (var (before, after) in Pair(earlierDates, dates, (a, b, _, _) => a.Id == b.Id, (a, b, _, _) => a.Value.Date == b.Value.Date && a.Value.Kind == b.Value.Kind))
        {
            if (before is null || after is null || EventValue.Of(before.Value) != EventValue.Of(after.Value))
                changes.Add(Fact(FactKind.Date, before is null ? null : Words.Of(EventValue.Of(before.Value)), after is null ? null : Words.Of(EventValue.Of(after.Value))));
        }

        var moved = new List<MovedDeadline>();
        var (earlierDeadlines, deadlines) = (Standing(stored.Deadlines), Standing(revision.Deadlines));
        foreach (var (before, after) in Pair(earlierDeadlines, deadlines, (a, b, _, _) => a.Id == b.Id,
            (a, b, _, _) => a.Value.Item == b.Value.Item && a.Value.Date == b.Value.Date, SameItemAlone))
        {
            if (before is not null && after is not null && before.Value.IdIn(stored.Meeting) != after.Value.IdIn(revision.Meeting))
            {
                moved.Add(new MovedDeadline(after.Id, before.Value.MeetingIdAsRead ?? stored.Meeting.Id, before.Value.LocalId,
                    before.Value.Date, after.Value.Date, after.Value.Subject));
            }

            if (before is null || after is null || !Equals(DeadlineValue.Of(before.Value), DeadlineValue.Of(after.Value)))
                changes.Add(Fact(FactKind.Deadline, before is null ? null : Words.Of(DeadlineValue.Of(before.Value)), after is null ? null : Words.Of(DeadlineValue.Of(after.Value))));
        }

        return new MinutesChanges(changes, moved);
    }

    private static IEnumerable<FactChange> Items(IReadOnlyList<AgendaItem> stored, IReadOnlyList<AgendaItem> revision)
    {
        var before = Keyed(stored);
        var after = Keyed(revision);
        foreach (var key in before.Keys.Union(after.Keys).Order())
        {
            var (was, now) = (before.GetValueOrDefault(key), after.GetValueOrDefault(key));
            if (was?.Title != now?.Title)
                yield return Fact(FactKind.Item, was is null ? null : $"{was.Number}. {was.Title}", now is null ? null : $"{now.Number}. {now.Title}");
        }
    }

    private static Dictionary<(int, int), AgendaItem> Keyed(IReadOnlyList<AgendaItem> items) =>
        items.Zip(FactIds.ItemOccurrences(items), (item, nth) => (Key: (item.Number, nth), item)).ToDictionary(p => p.Key, p => p.item);

    private static FactChange Fact(FactKind kind, string? before, string? after) =>
        new(kind, before is null ? Change.Added : after is null ? Change.Removed : Change.Changed, before, after);

    private static List<CorrectedFact<T>> Standing<T>(IReadOnlyList<CorrectedFact<T>> facts) => facts.Where(f => !f.Removed).ToList();

    /// <summary>A deadline matched by its item alone: only when no other deadline of either version stands under that item.</summary>
    private static bool SameItemAlone(CorrectedFact<Deadline> before, CorrectedFact<Deadline> after, IReadOnlyList<CorrectedFact<Deadline>> befores, IReadOnlyList<CorrectedFact<Deadline>> afters) =>
        before.Value.Item == after.Value.Item
        && befores.Count(b => b.Value.Item == before.Value.Item) == 1 && afters.Count(a => a.Value.Item == after.Value.Item) == 1;

    /// <summary>
    /// Pairs the facts of two versions, rule after rule (a rule sees the facts still unpaired), each fact at most once;
    /// what no rule pairs comes out alone (the other side null): removed from the earlier version, or added in the new one.
    /// </summary>
    private static IEnumerable<(T? Before, T? After)> Pair<T>(List<T> before, List<T> after, params Func<T, T, IReadOnlyList<T>, IReadOnlyList<T>, bool>[] rules) where T : class
    {
        var (left, right) = (before.ToList(), after.ToList());
        foreach (var rule in rules)
        {
            foreach (var one in left.ToList())
            {
                if (right.FirstOrDefault(other => rule(one, other, left, right)) is not { } match) continue;
                left.Remove(one);
                right.Remove(match);
                yield return (one, match);
            }
        }
        foreach (var one in left) yield return (one, null);
        foreach (var other in right) yield return (null, other);
    }
}
