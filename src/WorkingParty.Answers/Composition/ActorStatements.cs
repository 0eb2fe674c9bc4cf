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
        var statements = library.NewestFirst(question.Bodies, today)
            .Where(m => question.Meeting?.Accepts(m) ?? true)
            .SelectMany(m => m.Items
                .Where(i => question.ItemNumber is null || i.Number == question.ItemNumber)
                .SelectMany(i => i.Paragraphs.SelectMany(p => p.Sentences)
                    .Where(s => s.Actors.Any(a => library.ActorKey(a) == actor))
                    .Where(s => concepts.Count == 0 || concepts.AreAnsweredBy(Concepts.TermsOf(s.Text + " " + i.Title)))
                    .Select(s => new CitedText(Citations.Of(m, i), s.Text))))
            .Take(MostStatements)
            .ToList();
        return statements.Count == 0 ? null : new ActorStatementsAnswer(ActorDirectory.Default.Display(actor), statements);
    }
}
