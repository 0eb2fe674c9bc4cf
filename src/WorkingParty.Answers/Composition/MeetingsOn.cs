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
        if (held.Count > 0) return new MinutesListAnswer(today, held);
        if (filter.Month is { } month && filter.Day is not null)
        {
            var said = Said(question, library, today, month, filter);
            if (said.Count > 0) return new PassagesAnswer(question.Question, said);
        }
        if (filter.Month is { } changedMonth && question.AsksScheduleChange)
        {
            var changes = Changes(question, library, today, changedMonth, filter);
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

    /// <summary>The sentences that move, cancel or add a meeting in the month, newest record first.</summary>
    private static List<QuotedPassage> Changes(QuestionReading question, MinutesLibrary library, DateOnly today, int month, MeetingFilter filter) =>
        library.EventsIn(month, question.Bodies, today)
            .Where(e => e.Event.Status is not null && filter.AcceptsAny(e.Event.Date, e.Event.EndDate))
            .DistinctBy(e => (e.Meeting.Id, e.Event.Sentence))
            .Take(MostSentences)
            .Select(e => new QuotedPassage(e.Event.Sentence, Citations.Of(e.Meeting, e.Event.Item), []))
            .ToList();
}
