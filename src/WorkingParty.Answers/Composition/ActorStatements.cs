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
            .Where(p => concepts.Count == 0 || concepts.AreAnsweredBy(library.Index.TermsOf(p)))
            .GroupBy(p => p.Meeting)
            .Reverse()
            .SelectMany(meeting => meeting)
            .Take(MostStatements)
            .Select(p => new CitedText(Citations.Of(p), p.Sentence.Text))
            .ToList();
        return statements.Count == 0 ? null : new ActorStatementsAnswer(ActorDirectory.Default.Display(actor), statements);
    }
}
