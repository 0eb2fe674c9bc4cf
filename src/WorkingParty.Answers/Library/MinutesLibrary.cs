using System.Collections.Concurrent;
using WorkingParty.Minutes.Definitions;

namespace WorkingParty.Answers.Library;

/// <summary>
/// Every stored meeting record, oldest first, with the full-text index over them. Immutable: when minutes are added,
/// build a new library (<see cref="QuestionAnswerer.Rebuild"/>).
/// </summary>
public sealed class MinutesLibrary
{
    private readonly ConcurrentDictionary<string, string?> _actorKeys = new();
    private readonly Dictionary<string, Meeting[]> _newestFirstByBody;
    private readonly Dictionary<Meeting, int> _positions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, RecordedEvent[]> _eventsByMonth;
    private readonly Dictionary<DatedEvent, string> _hours = new(ReferenceEqualityComparer.Instance);

    private MinutesLibrary(IReadOnlyList<Meeting> meetings, IndexCache? cache)
    {
        Meetings = meetings;
        // The full-text index is most of the work; the rest is built meanwhile, on another core.
        var index = Task.Run(() => PassageIndex.Build(meetings, cache));
        Titles = new TitleIndex(meetings);
        Deadlines = ListedDeadline.Of(meetings);
        HeldDeadlines = new HeldDeadlines(Deadlines);
        Documents = new DocumentListings(meetings);
        Announcing = new AnnouncingRecords(meetings);
        _newestFirstByBody = meetings.Reverse().GroupBy(m => m.Body).ToDictionary(g => g.Key, g => g.ToArray());
        for (var i = 0; i < meetings.Count; i++) _positions[meetings[i]] = i;
        _eventsByMonth = meetings.Reverse()
            .SelectMany(m => m.Events.SelectMany(e => MonthsOf(e).Select(month => (Month: month, Event: new RecordedEvent(m, e)))))
            .GroupBy(e => e.Month)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Event).ToArray());
        foreach (var dated in meetings.SelectMany(m => m.Events).Where(e => e.Kind is EventKind.NextMeeting or EventKind.Workshop))
            if (MeetingHours.Of(dated) is { } hours) _hours[dated] = hours;
        Abbreviations = new Abbreviations(meetings, Vocabulary.Default);
        var learned = Abbreviations.BodyShortNames();
        Bodies = new BodyNames(meetings.Select(m => m.Body), Vocabulary.Default,
            // A known body's aliases under each of its full names: minutes may write any of them ("Terrorism Working Party").
            MinutesDefinitions.Default.Meeting.Bodies
                .SelectMany(b => b.Aliases.Prepend(b.Name).Where(n => n.Contains(' ', StringComparison.Ordinal)).Distinct()
                    .SelectMany(name => b.Aliases.Append(b.Name).Where(a => a != name).Select(a => (Name: name, Alias: a))))
                .Concat(learned.SelectMany(g => g.Select(a => (Name: g.Key, Alias: a))))
                .Concat(CodedShortNames.Of(meetings))
                .ToLookup(b => b.Name, b => b.Alias),
            BodyNicknames.Of(meetings, Vocabulary.Default.NicknameStopWords.Concat(Vocabulary.Default.Fillers)
                .Concat(Vocabulary.Default.Months.Keys).ToHashSet()),
            word => ActorDirectory.Default.Resolve(word) is not null,
            // A word an item title holds only as a document's file code ("doc. 5120/36 COFER 28") is no word of the title.
            word => Concepts.TermsOf(word).Any(t => Titles.Holding(t).Any(i => !TitleFileCodes.OnlyAsFileCode(i.Item.Title, word))));
        Index = index.GetAwaiter().GetResult();
    }

    /// <summary>The meetings, oldest first.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    internal PassageIndex Index { get; }

    /// <summary>Whether the full-text index was loaded from the <see cref="IndexCache"/> rather than built.</summary>
    public bool IndexLoaded => Index.Loaded;

    internal TitleIndex Titles { get; }

    internal DocumentListings Documents { get; }

    /// <summary>Each body's records that give dates of a kind, newest first.</summary>
    internal AnnouncingRecords Announcing { get; }

    /// <summary>Every deadline of the minutes, newest meeting first.</summary>
    internal IReadOnlyList<ListedDeadline> Deadlines { get; }

    /// <summary>The deadlines held by a day, open and past (<see cref="Library.HeldDeadlines.On"/>).</summary>
    internal HeldDeadlines HeldDeadlines { get; }

    internal BodyNames Bodies { get; }

    /// <summary>The short names the minutes define, and the phrases they stand for.</summary>
    internal Abbreviations Abbreviations { get; }

    /// <summary>The library of the meetings; its full-text index loaded from <paramref name="cache"/> when built from the same meetings before.</summary>
    public static MinutesLibrary Build(IEnumerable<Meeting> meetings, IndexCache? cache = null) =>
        new(BodySpellings.Unify([.. meetings.DistinctBy(m => m.Id).OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal)]), cache);

    /// <summary>Where a meeting stands in <see cref="Meetings"/>: a later one stands after.</summary>
    internal int PositionOf(Meeting meeting) => _positions[meeting];

    /// <summary>The actor a name from the minutes stands for ("the Czech delegation" is CZ), or null.</summary>
    internal string? ActorKey(string name) => _actorKeys.GetOrAdd(name, ActorDirectory.Default.Resolve);

    /// <summary>
    /// The meetings of the named bodies (all when none are named) held by today, newest first. Answers are given as
    /// of today: a record dated later does not exist yet for the question.
    /// </summary>
    internal IEnumerable<Meeting> NewestFirst(IReadOnlySet<string>? bodies, DateOnly today) =>
        Meetings.Reverse().Where(m => IsHeld(m, bodies, today));

    /// <summary>Whether the meeting is of the named bodies (any when none are named) and held by today.</summary>
    internal static bool IsHeld(Meeting meeting, IReadOnlySet<string>? bodies, DateOnly today) =>
        meeting.Date <= today && (bodies is null || bodies.Contains(meeting.Body));

    /// <summary>The dates the minutes of meetings held by today give in a month (any year, any kind or status), newest record first.</summary>
    internal IEnumerable<RecordedEvent> EventsIn(int month, IReadOnlySet<string>? bodies, DateOnly today) =>
        (_eventsByMonth.GetValueOrDefault(month) ?? []).Where(e => IsHeld(e.Meeting, bodies, today));

    private static IEnumerable<int> MonthsOf(DatedEvent e)
    {
        var last = e.EndDate ?? e.Date;
        for (var month = new DateOnly(e.Date.Year, e.Date.Month, 1); month <= last && month.Year <= last.Year; month = month.AddMonths(1))
            yield return month.Month;
    }

    /// <summary>The hours the minutes give a coming meeting or workshop after its date ("afternoon only, 14.30-18.00"), or null.</summary>
    internal string? HoursOf(DatedEvent dated) => _hours.GetValueOrDefault(dated);

    /// <summary>Every meeting of one body, held or not, newest first.</summary>
    internal IReadOnlyList<Meeting> NewestFirstOf(string body) => _newestFirstByBody.GetValueOrDefault(body) ?? [];

    /// <summary>The meeting a question is about: the one it names by date, else the latest held by today.</summary>
    internal Meeting? Select(MeetingFilter? filter, IReadOnlySet<string>? bodies, DateOnly today) =>
        NewestFirst(bodies, today).FirstOrDefault(m => filter?.Accepts(m) ?? true);
}

/// <summary>A date the minutes of a meeting give.</summary>
internal sealed record RecordedEvent(Meeting Meeting, DatedEvent Event);
