namespace WorkingParty.Answers.Composition;

/// <summary>
/// A particular meeting named by its date ("is the 17 June meeting still on?", "did the 3 June meeting go ahead?",
/// "any WP meetings in May?"): the minutes of a meeting held then; else, for a day, every sentence of the minutes that
/// gives that date for a meeting or an event, whatever its status (planned, moved, cancelled), newest record first and
/// within a record the sentences that change the date first, so that the delegate reads what was said; else, for a month
/// asked about a change ("was the May meeting moved?"), the sentences that move or cancel a date in it; else the coming
/// meetings in the month. Asked which meeting was cancelled or moved in a month ("which meeting was called off in
/// April?"), the sentences that cancel or move a date in it come before any meeting held then.
/// </summary>
internal static class MeetingsOn
{
    private const int MostSentences = 5;
    private const int Hits = 20;

    /// <summary>Ranks a sentence that moves or cancels the date above any sentence that merely writes it (closeness is at most 1).</summary>
    private const double ChangeFirst = 2.0;

    public static Answer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today, NextMeetingsAnswer coming)
    {
        var filter = question.Meeting!;
        if (question.AsksCancellation && filter.Month is { } cancelledMonth)
        {
            var cancelled = Changes(question, library, today, cancelledMonth, filter);
            if (cancelled.Count > 0) return new PassagesAnswer(question.Question, cancelled);
        }
        var held = library.NewestFirst(question.Bodies, today).Where(filter.Accepts).Select(HeldMeetings.Of).ToList();
        if (question.AsksEarliest) held = held.TakeLast(1).ToList();
        if (held.Count > 0) return new MinutesListAnswer(today, held);
        if (filter.Month is { } month && filter.Day is not null)
        {
            var said = Said(question, library, today, month, filter);
            if (said.Count > 0) return new PassagesAnswer(question.Question, [.. said, .. Replacing(question, library, today, month, filter, said)]);
        }
        if (filter.Month is { } changedMonth && question.AsksScheduleChange)
        {
            var changes = Changes(question, library, today, changedMonth, filter, standing: true);
            if (changes.Count > 0) return new PassagesAnswer(question.Question, changes);
        }
        return coming.Dates.Count + coming.Doubtful.Count > 0 ? coming : null;
    }

    /// <summary>
    /// The sentences that give the day: those the reader took a date of an event from, and those that write the day
    /// (found in the index by its words), newest record first, the closest to the question first within one record.
    /// </summary>
    private static List<QuotedPassage> Said(QuestionReading question, MinutesLibrary library, DateOnly today, int month, MeetingFilter filter)
    {
        var date = Concepts.Of(question.DateWords);
        var concepts = Concepts.Of(question.PassageWords.Concat(question.DateWords));
        var written = library.Index.Match(concepts, Hits, p => MinutesLibrary.IsHeld(p.Meeting, question.Bodies, today))
            .Where(m => date.AllFoundIn(library.Index.TermsOf(m.Passage)))
            .Select(m => (m.Passage.Meeting, Item: m.Passage.Item.Number, Text: m.Passage.Sentence.Text, m.Closeness));
        var events = library.EventsIn(month, question.Bodies, today)
            .Where(e => filter.AcceptsAny(e.Event.Date, e.Event.EndDate))
            .Select(e => (e.Meeting, e.Event.Item, Text: e.Event.Sentence, Closeness: e.Event.Status is null ? 0.0 : ChangeFirst));
        return written.Concat(events)
            .OrderByDescending(s => library.PositionOf(s.Meeting)).ThenByDescending(s => s.Closeness)
            .DistinctBy(s => (s.Meeting.Id, s.Text))
            .Take(MostSentences)
            .Select(s => new QuotedPassage(s.Text, Citations.Of(s.Meeting, s.Item), MatchedWords.In(s.Text, concepts, Concepts.TermsOf(s.Text), ActorDirectory.Default)))
            .ToList();
    }

    /// <summary>
    /// "What became of the October meeting?", none held then: the sentences that cancel, move or add a meeting in that
    /// month; null when none does.
    /// </summary>
    public static PassagesAnswer? Changed(QuestionReading question, MinutesLibrary library, DateOnly today) =>
        question.Meeting is { Month: { } month } filter && Changes(question, library, today, month, filter) is { Count: > 0 } changes
            ? new PassagesAnswer(question.Question, changes)
            : null;

    /// <summary>
    /// The meeting that comes instead of one the minutes cancel or move away from the day asked about ("our 3 June
    /// meeting is called off. We meet again on 24 June."): the first coming meeting
    /// the same record dates after it, its sentence quoted unless already said.
    /// </summary>
    private static IEnumerable<QuotedPassage> Replacing(QuestionReading question, MinutesLibrary library, DateOnly today, int month, MeetingFilter filter, List<QuotedPassage> said) =>
        library.EventsIn(month, question.Bodies, today)
            .Where(e => e.Event.Status is Cancelled or MovedFrom && filter.AcceptsAny(e.Event.Date, e.Event.EndDate))
            .Select(e => (e.Meeting, Next: e.Meeting.Events
                .Where(n => n.Kind == EventKind.NextMeeting && n.Status is null or MovedTo && n.Date > e.Event.Date)
                .MinBy(n => n.Date)))
            .Where(r => r.Next is not null && !said.Any(q => q.Text == r.Next.Sentence))
            .DistinctBy(r => r.Next!.Sentence)
            .Select(r => new QuotedPassage(r.Next!.Sentence, Citations.Of(r.Meeting, r.Next.Item), []));

    private const string Cancelled = "cancelled";
    private const string MovedFrom = "moved";
    private const string MovedTo = "postponed";

    private static readonly string[] ReasonClauses = [.. Vocabulary.Default.ReasonClauses.Select(c => $" {c} ")];

    /// <summary>Whether the sentence says why ("... moved to 31 May owing to the Transport Council").</summary>
    private static bool GivesReason(string sentence)
    {
        var padded = $" {string.Join(' ', Words.Split(sentence).Select(w => w.Lower))} ";
        return ReasonClauses.Any(c => padded.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>
    /// The sentences that move, cancel or add a meeting in the month, newest record first; asked how the month's meetings
    /// stand (<paramref name="standing"/>: "was there a meeting in May?", "is the June meeting definite?"), then also
    /// those that merely date a coming meeting in it ("... on 21 June (to be confirmed)").
    /// </summary>
    private static List<QuotedPassage> Changes(QuestionReading question, MinutesLibrary library, DateOnly today, int month, MeetingFilter filter, bool standing = false) =>
        library.EventsIn(month, question.Bodies, today)
            .Where(e => (e.Event.Status is not null || (standing && e.Event.Kind == EventKind.NextMeeting)) && filter.AcceptsAny(e.Event.Date, e.Event.EndDate))
            .OrderBy(e => e.Event.Status is null)
            .ThenByDescending(e => question.AsksMove && e.Event.Status is MovedFrom or MovedTo)
            .ThenByDescending(e => question.AsksReason && GivesReason(e.Event.Sentence))
            .DistinctBy(e => (e.Meeting.Id, e.Event.Sentence))
            .Take(MostSentences)
            .Select(e => new QuotedPassage(e.Event.Sentence, Citations.Of(e.Meeting, e.Event.Item), []))
            .ToList();
}
