namespace WorkingParty.Answers.Composition;

/// <summary>The answer when nothing confident was found: the items closest to the question's words.</summary>
internal static class NotFound
{
    private const int MostSuggestions = 3;
    private const int FewestSuggestions = 2;

    public static NotFoundAnswer For(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var concepts = Concepts.Of(question.SearchWords);
        var close = library.Index.Near(concepts, 20).Where(p => p.Meeting.Date <= today).Select(p => Citations.Of(p.Meeting, p.Item));
        var suggestions = close.DistinctBy(c => (c.MeetingId, c.Item)).Take(MostSuggestions).ToList();
        if (suggestions.Count < FewestSuggestions && library.Select(null, question.Bodies, today) is { } latest)
        {
            suggestions.AddRange(latest.Items.Select(i => Citations.Of(latest, i))
                .Where(c => !suggestions.Any(s => s.MeetingId == c.MeetingId && s.Item == c.Item))
                .Take(FewestSuggestions - suggestions.Count));
        }
        return new NotFoundAnswer(question.Question, suggestions)
        {
            Unfound = question.TopicWords.Where(w => !EntityTerms.IsEntity(w) && !library.Index.Knows(w)).Distinct().ToList(),
        };
    }
}
