using WorkingParty.Answers.Library;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Composition;

/// <summary>
/// Full-text search for any other question: the best passages that hold enough of its words. When a short topic
/// ("encryption", "IPv6") comes up several times but only under one agenda item, that item is the answer.
/// </summary>
internal static class Search
{
    private const int MostHits = 5;
    private const int MostWordsOfATopic = 2;

    public static Answer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var concepts = Concepts.Of(question.SearchWords);
        var hits = library.Index.Search(concepts, MostHits, p => p.Meeting.Date <= today && (question.Bodies is null || question.Bodies.Contains(p.Meeting.Body)));
        if (hits.Count == 0) return null;
        var items = hits.Select(h => (h.Passage.Meeting, h.Passage.Item)).Distinct().ToList();
        if (items.Count == 1 && hits.Count > 1 && question.SearchWords.Count <= MostWordsOfATopic) return AgendaItems.Full(items[0].Meeting, items[0].Item);
        return new SearchAnswer(string.Join(' ', question.SearchWords),
            hits.Select(h => new SearchHit(Citations.Of(h.Passage.Meeting, h.Passage.Item), h.Snippet, h.Score)).ToList());
    }
}
