using Lucene.Net.Analysis.TokenAttributes;

namespace WorkingParty.Answers.Retrieval;

/// <summary>One meaning a question asks about: an index term and the word of the question it came from.</summary>
internal sealed record Concept(string Term, string Word)
{
    public bool IsEntity => EntityTerms.IsEntity(Term);
}

/// <summary>
/// The meanings a question asks about: the stem of each of its words, and the actors and documents it names (see
/// <see cref="EntityTerms"/>). A passage, analysed with synonyms, answers the question when it holds enough of them.
/// </summary>
internal sealed class Concepts
{
    /// <summary>Beyond this a "question" is pasted text; its first words are enough, and Lucene caps query size.</summary>
    private const int MostTerms = 40;

    /// <summary>The stems of one word of a question, as <see cref="MinutesAnalyzer.ForQuestions"/> gives them.</summary>
    private static readonly RememberedWords<string[]> QuestionTerms = new(word => [.. Analyse(MinutesAnalyzer.ForQuestions, word)]);

    /// <summary>The terms, one per concept: every test of a passage's terms walks them, so they are an array.</summary>
    private readonly string[] _terms;

    /// <summary>How many of the concepts answer the question (<see cref="AreAnsweredBy(IReadOnlySet{string})"/>).</summary>
    private readonly int _enough;

    private Concepts(IReadOnlyList<Concept> all)
    {
        All = all;
        _terms = [.. all.Select(c => c.Term)];
        _enough = Math.Max(1, (int)Math.Ceiling(0.6 * _terms.Length));
    }

    public IReadOnlyList<Concept> All { get; }

    public IReadOnlyList<string> Terms => _terms;

    public int Count => _terms.Length;

    public static Concepts Of(IEnumerable<string> words) => Of(words, []);

    /// <param name="words">The question's words, each analysed on its own so that every term knows its word.</param>
    /// <param name="entities">Entity terms (<see cref="EntityTerms"/>) with the words that named them.</param>
    public static Concepts Of(IEnumerable<string> words, IEnumerable<Concept> entities)
    {
        var all = new List<Concept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var term in QuestionTerms.Of(word))
                if (seen.Add(term)) all.Add(new Concept(term, word));
        }
        foreach (var entity in entities)
            if (seen.Add(entity.Term)) all.Add(entity);
        return new Concepts(all.Take(MostTerms).ToList());
    }

    /// <summary>Every index term of a passage's text, synonyms included.</summary>
    public static HashSet<string> TermsOf(string text) => [.. Analyse(MinutesAnalyzer.ForPassages, text)];

    /// <summary>How many of the concepts the terms hold.</summary>
    public int FoundIn(IReadOnlySet<string> text)
    {
        var found = 0;
        foreach (var term in _terms)
        {
            if (text.Contains(term)) found++;
        }
        return found;
    }

    /// <summary>
    /// Enough to answer: at least 60% of the concepts, rounded up (both of two, 2 of 3, 3 of 4 or 5), so that a
    /// question is not answered from a passage that shares only one of its words.
    /// </summary>
    public bool AreAnsweredBy(IReadOnlySet<string> text) => Count > 0 && Holds(text, _enough);

    /// <summary>Enough to answer, read over several sentences together (a statement and those that go on from it).</summary>
    public bool AreAnsweredBy(IReadOnlyList<IReadOnlySet<string>> texts)
    {
        var found = 0;
        foreach (var term in _terms)
        {
            if (texts.Any(text => text.Contains(term))) found++;
        }
        return Count > 0 && found >= _enough;
    }

    public bool AllFoundIn(IReadOnlySet<string> text) => Count > 0 && Holds(text, Count);

    /// <summary>
    /// Whether the terms hold at least <paramref name="enough"/> of the concepts: as <see cref="FoundIn"/> counts them,
    /// stopping once they do, or once the concepts left cannot make up the rest (most passages and deadlines a rule
    /// tests hold none of them).
    /// </summary>
    private bool Holds(IReadOnlySet<string> text, int enough)
    {
        var found = 0;
        for (var i = 0; i < _terms.Length && found < enough; i++)
        {
            if (_terms.Length - i < enough - found) return false;
            if (text.Contains(_terms[i])) found++;
        }
        return found >= enough;
    }

    private static List<string> Analyse(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
