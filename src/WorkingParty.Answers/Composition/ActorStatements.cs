using WorkingParty.Answers.Library;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Composition;

/// <summary>What one actor said, newest meeting first, narrowed to an item, a meeting or a topic when asked.</summary>
internal static class ActorStatements
{
    private const int MostStatements = 12;

    public static ActorStatementsAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var actor = question.Actor!;
        var concepts = Concepts.Of(question.TopicWords);
        var statements = library.Index.SpokenBy(actor)
            .Where(p => MinutesLibrary.IsHeld(p.Meeting, question.Bodies, today) && (question.Meeting?.Accepts(p.Meeting) ?? true))
            .Where(p => question.ItemNumber is null || p.Item.Number == question.ItemNumber)
            .Select(p => Continuations.Thread(library.Index, p))
            .DistinctBy(thread => thread[0].Id)
            .Where(thread => concepts.Count == 0 || concepts.AreAnsweredBy(thread.Select(library.Index.TermsOf).ToList()))
            .GroupBy(thread => thread[0].Meeting)
            .Reverse()
            .SelectMany(meeting => meeting)
            .Take(MostStatements)
            .Select(thread => new CitedText(Citations.Of(thread[0]), Continuations.Text(thread)))
            .ToList();
        return statements.Count == 0 ? null : new ActorStatementsAnswer(ActorDirectory.Default.Display(actor), statements);
    }
}
