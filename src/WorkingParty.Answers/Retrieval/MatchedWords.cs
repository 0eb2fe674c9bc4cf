using Lucene.Net.Analysis.TokenAttributes;
using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// The words of a passage that match a question, as the passage writes them: "carrier grade NAT" for a question about
/// "CGN", "the Belgian delegation" or "BE" for one about Belgium, "doc. 8043/17" for "ST 8043/17".
/// </summary>
internal static class MatchedWords
{
    public static IReadOnlyList<string> In(string text, Concepts concepts, ActorDirectory actors)
    {
        var terms = concepts.Terms.Where(t => !EntityTerms.IsEntity(t)).ToHashSet(StringComparer.Ordinal);
        var spans = new List<(int Start, int End)>();
        using (var stream = MinutesAnalyzer.ForPassages.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                if (terms.Contains(term.ToString())) spans.Add((offsets.StartOffset, offsets.EndOffset));
            stream.End();
        }
        var words = spans.OrderBy(s => s.Start).ThenByDescending(s => s.End).Select(s => text[s.Start..s.End]);
        var entities = concepts.All.Where(c => c.IsEntity).Select(c => c.Term).ToHashSet(StringComparer.Ordinal);
        return words.Concat(Entities(text, entities, actors)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static IEnumerable<string> Entities(string text, HashSet<string> asked, ActorDirectory actors)
    {
        if (asked.Count == 0) yield break;
        var words = Words.Split(text);
        foreach (var mention in actors.Find(words))
        {
            if (asked.Contains(EntityTerms.Actor(mention.Key)))
                yield return string.Join(' ', words.Skip(mention.Start).Take(mention.Length).Select(w => w.Original));
        }
        foreach (var reference in DocumentReference.FindAll(text))
            if (asked.Contains(EntityTerms.Document(reference.Value))) yield return reference.Value;
    }
}
