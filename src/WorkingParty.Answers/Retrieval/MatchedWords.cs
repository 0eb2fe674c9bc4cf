using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// The words of a passage that match a question, as the passage writes them: "carrier grade NAT" for a question about
/// "CGN", "the Belgian delegation" or "BE" for one about Belgium, "doc. 8043/17" for "ST 8043/17".
/// </summary>
internal static class MatchedWords
{
    /// <summary>The longest synonym phrase looked for ("carrier grade network address translation" is found by its first four).</summary>
    private const int LongestPhrase = 4;

    /// <summary>
    /// The words of a quoted text, as <see cref="MinutesAnalyzer.ForQuestions"/> gives them, remembered per text: the same
    /// sentences of the minutes are quoted again and again. Fewer than words, since a sentence takes more room.
    /// </summary>
    private static readonly RememberedWords<List<(string Term, int Start, int End)>> WordsOf =
        new(text => Tokens(MinutesAnalyzer.ForQuestions, text), most: 10_000);

    /// <param name="terms">The passage's index terms (<see cref="PassageIndex.TermsOf"/>): only concepts among them are looked for.</param>
    public static IReadOnlyList<string> In(string text, Concepts concepts, IReadOnlySet<string> terms, ActorDirectory actors)
    {
        var wanted = concepts.All.Where(c => !c.IsEntity && terms.Contains(c.Term)).Select(c => c.Term).ToHashSet(StringComparer.Ordinal);
        // Offsets are read from the words alone: the synonym filter puts the later words of a long synonym on the
        // passage's next words ("ENISA" gives "agency" at "the"), so its offsets would mark the wrong words.
        var words = WordsOf.Of(text);
        var spans = words.Where(w => wanted.Contains(w.Term)).Select(w => (w.Start, w.End)).ToList();
        wanted.ExceptWith(words.Select(w => w.Term));
        for (var length = 1; length <= LongestPhrase && wanted.Count > 0; length++)
        {
            for (var i = 0; i + length <= words.Count && wanted.Count > 0; i++)
            {
                var (start, end) = (words[i].Start, words[i + length - 1].End);
                var found = Tokens(MinutesAnalyzer.ForPassages, text[start..end]).Select(t => t.Term).Where(wanted.Contains).ToList();
                if (found.Count == 0) continue;
                spans.Add((start, end));
                wanted.ExceptWith(found);
            }
        }
        var matched = Joined(text, spans).Select(s => text[s.Start..s.End]);
        var entities = concepts.All.Where(c => c.IsEntity).Select(c => c.Term).ToHashSet(StringComparer.Ordinal);
        return matched.Concat(Entities(text, entities, actors)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Neighbouring matches are one phrase: "draft lines", not "draft" and "lines".</summary>
    private static IEnumerable<(int Start, int End)> Joined(string text, List<(int Start, int End)> spans)
    {
        (int Start, int End)? current = null;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (current is { } open && span.Start <= open.End + 1 && string.IsNullOrWhiteSpace(text[open.End..Math.Max(open.End, span.Start)]))
            {
                current = (open.Start, Math.Max(open.End, span.End));
                continue;
            }
            if (current is { } done) yield return done;
            current = span;
        }
        if (current is { } last) yield return last;
    }

    private static List<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offsets.StartOffset, offsets.EndOffset));
        stream.End();
        return tokens;
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
