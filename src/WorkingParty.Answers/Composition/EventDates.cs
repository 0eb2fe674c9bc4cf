namespace WorkingParty.Answers.Composition;

/// <summary>
/// "When is the transport Council?", "from when does the regulation apply?": the sentences that date the event asked
/// about, found among the dates the minutes give (any kind: another body's meeting, a conference, an application date),
/// coming dates first, then the other sentences closest to the question. The topic must be in the dated sentence or its
/// sub-heading, not only in the item's title, and the sentence is quoted, never its date alone: a neighbouring event's
/// date is then visible for what it is; with the next sentence when it says a word of the question the dated one lacks
/// ("... published for consultation on 9 July. The consultation had closed on 17 September."); a meeting named by its
/// month alone with the sentence giving that meeting's day (<see cref="MonthMeetingDays"/>).
/// </summary>
internal static class EventDates
{
    private const int MostSentences = 3;

    public static PassagesAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today, RetrievalSettings settings)
    {
        var concepts = Concepts.Of(question.PassageWords);
        if (concepts.Count == 0) return null;
        var dated = library.Index.Match(concepts, settings.Hits, p => MinutesLibrary.IsHeld(p.Meeting, question.Bodies, today))
            .Where(m => m.Closeness >= settings.CloseEnough)
            .Select(m => (m.Passage, m.Closeness, Date: DateOf(m.Passage)))
            .Where(m => m.Date is not null && concepts.AreAnsweredBy(library.Index.SentenceTermsOf(m.Passage)))
            .DistinctBy(m => (m.Passage.Meeting.Id, m.Passage.Sentence.Text))
            .OrderByDescending(m => m.Closeness)
            .ThenBy(m => m.Date < today)
            .ThenBy(m => m.Date >= today ? m.Date!.Value.DayNumber : -m.Date!.Value.DayNumber)
            .Take(MostSentences)
            .SelectMany(m => WithMeetingDay(m.Passage, concepts, library.Index))
            .Select(m => new QuotedPassage(m.Text, Citations.Of(m.Passage),
                MatchedWords.In(m.Text, concepts, library.Index.TermsOf(m.Passage), ActorDirectory.Default)))
            .ToList();
        if (dated.Count == 0) return null;
        var closest = (Passages.Answer(question, library, today, settings) as PassagesAnswer)?.Passages ?? [];
        return new PassagesAnswer(question.Question, [.. dated.Concat(closest).DistinctBy(p => (p.Source.MeetingId, p.Text)).Take(settings.MostPassages)]);
    }

    /// <summary>The dated sentence (completed), then the one giving the day of a meeting it names by its month alone.</summary>
    private static IEnumerable<(Passage Passage, string Text)> WithMeetingDay(Passage passage, Concepts concepts, PassageIndex index)
    {
        yield return (passage, Passages.WithCompletion(passage.Sentence.Text, passage, concepts, index));
        if (MonthMeetingDays.Dating(passage, index) is { } day) yield return (day, day.Sentence.Text);
    }

    /// <summary>The first date the reader took from the passage's sentence, or null when it gives none.</summary>
    private static DateOnly? DateOf(Passage passage) =>
        passage.Meeting.Events
            .Where(e => e.Item == passage.Item.Number && SameSentence(e.Sentence, passage.Sentence.Text))
            .Select(e => (DateOnly?)e.Date)
            .FirstOrDefault();

    public static bool SameSentence(string eventSentence, string sentence) =>
        eventSentence == sentence || eventSentence.Contains(sentence, StringComparison.Ordinal) || sentence.Contains(eventSentence, StringComparison.Ordinal);
}
