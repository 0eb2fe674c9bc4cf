using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Composition;

/// <summary>Every deadline of the stored minutes, with announced extensions applied, and the ones a question asks for.</summary>
internal static class Deadlines
{
    /// <summary>More deadlines equally near a topic say that the topic does not tell them apart.</summary>
    private const int MostNearest = 2;

    private const string NearestDoubt = "the nearest deadline to the question: not every word of it is in the minutes' sentence";

    public static IEnumerable<DeadlineEntry> All(MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes) =>
        Held(library, today, changes).Select(d => Entry(d, today));

    /// <summary>
    /// Open deadlines soonest first, or past ones latest first, narrowed to the question's body, due month, document
    /// and topic. Null when a narrowing question finds nothing (the answer is then "not found", not "none").
    /// </summary>
    public static DeadlinesAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        if (AsOf(question, library, today, changes) is { } asOf)
            return Answer(question with { Meeting = null }, library, asOf, changes);
        var concepts = Concepts.Of(question.TopicWords);
        var candidates = Held(library, today, changes)
            .Where(d => question.Past ? d.Due < today : d.Due >= today)
            .Where(d => question.Bodies is null || question.Bodies.Contains(d.Listed.Meeting.Body))
            .Where(d => question.Meeting is null || question.Meeting.Accepts(d.Due) || question.Meeting.Accepts(d.Listed.Meeting))
            .Where(d => question.Document is null
                || d.Listed.Documents.Any(doc => DocumentReference.Key(doc) == DocumentReference.Key(question.Document)))
            .ToList();
        var chosen = Closest(candidates, concepts).Select(d => Entry(d, today))
            .Concat(concepts.Count > 0 && !candidates.Any(d => concepts.AreAnsweredBy(d.Listed.Terms))
                ? Nearest(candidates, question.TopicWords.Where(library.Index.Knows)).Select(d => Quoted(d, today))
                : []);
        var list = (question.Past ? chosen.OrderByDescending(d => d.Date) : chosen.OrderBy(d => d.Date)).ToList();
        var narrowed = concepts.Count > 0 || question.Document is not null || question.Meeting is not null;
        return list.Count == 0 && narrowed ? null : new DeadlinesAnswer(today, question.Past, list);
    }

    /// <summary>
    /// "What is open on 3 May?", "anything due as of 3 May?": a day on which no deadline falls and no meeting was held is
    /// the day the deadlines are asked as of, not a due date. Null when the question names no such day.
    /// </summary>
    private static DateOnly? AsOf(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        if (question.Meeting is not { Day: not null, Month: not null } day || question.Past) return null;
        if (Held(library, today, changes).Any(d => day.Accepts(d.Due) || day.Accepts(d.Listed.Meeting))) return null;
        var date = day.LastDay(today);
        return date >= today ? date : null;
    }

    /// <summary>
    /// The deadlines that answer the topic (<see cref="Concepts.AreAnsweredBy(IReadOnlySet{string})"/>, read in subject,
    /// sentence, item and section titles, documents, synonyms included) and, among them, only those holding the most
    /// of it: ranked, so that a deadline on a neighbouring subject is not offered beside the one asked for. All of them
    /// when there is no topic.
    /// </summary>
    private static IEnumerable<HeldDeadline> Closest(List<HeldDeadline> candidates, Concepts concepts)
    {
        if (concepts.Count == 0) return candidates;
        var answering = candidates.Where(d => concepts.AreAnsweredBy(d.Listed.Terms))
            .Select(d => (Deadline: d, Found: concepts.FoundIn(d.Listed.Terms))).ToList();
        var best = answering.Count == 0 ? 0 : answering.Max(d => d.Found);
        return answering.Where(d => d.Found == best).Select(d => d.Deadline);
    }

    /// <summary>
    /// When no deadline answers the whole topic (a word the minutes never use, a short name, a word put otherwise), the
    /// ones holding the most of the words the minutes do use, when they hold at least half of them and are few: offered
    /// with their sentence, not as a plain date.
    /// </summary>
    private static IEnumerable<HeldDeadline> Nearest(List<HeldDeadline> candidates, IEnumerable<string> knownWords)
    {
        var known = Concepts.Of(knownWords);
        if (known.Count == 0) return [];
        var found = candidates.Select(d => (Deadline: d, Found: known.FoundIn(d.Listed.Terms))).ToList();
        var best = found.Count == 0 ? 0 : found.Max(d => d.Found);
        var nearest = found.Where(d => d.Found == best).Select(d => d.Deadline).ToList();
        return best > 0 && 2 * best >= known.Count && nearest.Count <= MostNearest ? nearest : [];
    }

    private static DeadlineEntry Quoted(HeldDeadline held, DateOnly today) => Entry(held, today) is var entry && entry.Doubt is null
        ? entry with { Doubt = new Doubt(NearestDoubt, held.Listed.Deadline.Sentence) }
        : entry;

    /// <summary>The deadlines set at meetings held by today, with the last announced move of each.</summary>
    private static IEnumerable<HeldDeadline> Held(MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        var moves = new Dictionary<string, DeadlineMoved>();
        foreach (var moved in changes.OfType<DeadlineMoved>()) moves[moved.DeadlineId] = moved;
        return library.Deadlines
            .Where(d => d.Meeting.Date <= today)
            .Select(d => new HeldDeadline(d, moves.GetValueOrDefault(d.Id)));
    }

    private static DeadlineEntry Entry(HeldDeadline held, DateOnly today)
    {
        var deadline = held.Listed.Deadline;
        return new DeadlineEntry(held.Listed.Id, held.Due, held.Due.DayNumber - today.DayNumber, deadline.Subject,
            deadline.RequestedFrom, held.Listed.Documents, held.Listed.Source, held.Moved?.Provenance.ToString())
        {
            // An announced extension settles a due date the minutes left in doubt.
            Doubt = deadline.Doubt is null || held.Moved is not null ? null : new Doubt(deadline.Doubt, deadline.Sentence),
            Corrected = deadline.Corrected,
        };
    }

    private readonly record struct HeldDeadline(ListedDeadline Listed, DeadlineMoved? Moved)
    {
        public DateOnly Due => Moved?.To ?? Listed.Deadline.Date;
    }
}
