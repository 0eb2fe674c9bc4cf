namespace WorkingParty.Answers.Library;

/// <summary>
/// Each body's records that give dates of a kind (coming meetings, workshops), newest first, kept with the library: the
/// coming dates are read from the newest of them held by today for every question, without walking every record again.
/// </summary>
internal sealed class AnnouncingRecords
{
    private readonly BodyRecords[] _bodies;

    /// <param name="meetings">The library's meetings, oldest first.</param>
    public AnnouncingRecords(IReadOnlyList<Meeting> meetings) =>
        _bodies = [.. meetings.Select((meeting, position) => new Record(meeting, position)).Reverse()
            .GroupBy(r => r.Meeting.Body)
            .Select(g => new BodyRecords([.. g], g
                .SelectMany(r => r.Meeting.Events.Select(e => e.Kind).Distinct().Select(kind => (Kind: kind, r.Meeting)))
                .GroupBy(k => k.Kind)
                .ToDictionary(k => k.Key, k => k.Select(r => r.Meeting).ToArray())))
            .Where(b => b.Announcing.Count > 0)];

    /// <summary>
    /// For each named body (all when none are named), in the order of its newest record held by today, newest body first,
    /// and each of <paramref name="kinds"/> in turn: its newest record held by today that gives dates of the kind.
    /// </summary>
    public List<(EventKind Kind, Meeting Source)> NewestHeld(IReadOnlySet<string>? bodies, DateOnly today, IReadOnlyList<EventKind> kinds)
    {
        var held = new List<(int Position, BodyRecords Body)>();
        foreach (var body in _bodies)
        {
            if (bodies is not null && !bodies.Contains(body.Records[0].Meeting.Body)) continue;
            if (Array.Find(body.Records, r => r.Meeting.Date <= today) is { } newest) held.Add((newest.Position, body));
        }
        held.Sort((a, b) => b.Position.CompareTo(a.Position));
        var sources = new List<(EventKind Kind, Meeting Source)>();
        foreach (var (_, body) in held)
        {
            foreach (var kind in kinds)
            {
                if (body.Announcing.GetValueOrDefault(kind) is { } records && Array.Find(records, m => m.Date <= today) is { } source)
                    sources.Add((kind, source));
            }
        }
        return sources;
    }

    private sealed record Record(Meeting Meeting, int Position);

    private sealed record BodyRecords(Record[] Records, Dictionary<EventKind, Meeting[]> Announcing);
}
