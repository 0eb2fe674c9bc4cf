using Lucene.Net.Analysis.TokenAttributes;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// The meanings a question asks about: the stem of each of its words. A passage, analysed with synonyms, answers the
/// question when it holds enough of them.
/// </summary>
internal sealed class Concepts
{
    /// <summary>Beyond this a "question" is pasted text; its first words are enough, and Lucene caps query size.</summary>
    private const int MostTerms = 40;

    private Concepts(IReadOnlyList<string> terms) => Terms = terms;

    public IReadOnlyList<string> Terms { get; }

    public int Count => Terms.Count;

    public static Concepts Of(IEnumerable<string> words) =>
        new(Analyse(MinutesAnalyzer.ForQuestions, string.Join(' ', words)).Distinct().Take(MostTerms).ToList());

    /// <summary>Every index term of a passage's text, synonyms included.</summary>
    public static HashSet<string> TermsOf(string text) => [.. Analyse(MinutesAnalyzer.ForPassages, text)];

    /// <summary>How many of the concepts the terms hold.</summary>
    public int FoundIn(IReadOnlySet<string> text) => Terms.Count(text.Contains);

    /// <summary>
    /// Enough to answer: at least 60% of the concepts, rounded up (both of two, 2 of 3, 3 of 4 or 5), so that a
    /// question is not answered from a passage that shares only one of its words.
    /// </summary>
    public bool AreAnsweredBy(IReadOnlySet<string> text) =>
        Count > 0 && FoundIn(text) >= Math.Max(1, (int)Math.Ceiling(0.6 * Count));

    public bool AllFoundIn(IReadOnlySet<string> text) => Count > 0 && FoundIn(text) == Count;

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
