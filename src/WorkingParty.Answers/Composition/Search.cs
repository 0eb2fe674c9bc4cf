using WorkingParty.Answers.Library;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Composition;

/// <summary>Full-text search for any other question: the best passages that hold enough of its words.</summary>
internal static class Search
{
    private const int MostHits = 5;

    public static SearchAnswer? Answer(QuestionReading question, MinutesLibrary library)
    {
        var concepts = Concepts.Of(question.SearchWords);
        var hits = library.Index.Search(concepts, MostHits, p => question.Bodies is null || question.Bodies.Contains(p.Meeting.Body));
        return hits.Count == 0
            ? null
            : new SearchAnswer(string.Join(' ', question.SearchWords),
                hits.Select(h => new SearchHit(Citations.Of(h.Passage.Meeting, h.Passage.Item), h.Snippet, h.Score)).ToList());
    }
}
