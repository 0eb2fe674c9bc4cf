using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// The best passages for a question's concepts by BM25, as Lucene scores a <see cref="BooleanQuery"/> of one SHOULD
/// clause per concept: a <see cref="DisjunctionMaxQuery"/> of the term in the text and, boosted less, in the title; an
/// entity term alone. Same term weights (Lucene's own term scorers), same float arithmetic (each clause's max plus the
/// tie-break share of the rest; the clauses summed as doubles, last clause first, as its BooleanScorer adds them),
/// same order (score, then document). What Lucene adds around that, 2,048 bucket objects and a priority queue of
/// objects per search over an index of a few thousand sentences, cost more than the scoring (docs/benchmarks.md, section 1).
/// A term's score in each document depends on the index alone (its weight is a query of its own), so it is worked out
/// once per term and segment and kept with the search, which goes with its index: a search then adds kept scores.
/// </summary>
internal sealed class ConceptSearch(IndexSearcher searcher, IndexTerms terms)
{
    private const float TitleWeight = 0.3f;
    private const float TieBreaker = 0.1f;

    [ThreadStatic]
    private static Tally? _tally;

    /// <summary>Bounded by the index: only terms some document holds are kept, once per segment and field.</summary>
    private readonly ConcurrentDictionary<(int Leaf, string Field, string Term), TermScores> _scores = new();

    /// <summary>The <paramref name="hits"/> best documents holding any concept, best first; ties in document order.</summary>
    public IReadOnlyList<(int Doc, float Score)> Best(Concepts concepts, int hits)
    {
        if (hits <= 0) return [];
        var tally = _tally ??= new Tally();
        tally.Start(searcher.IndexReader.MaxDoc);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            // Lucene's BooleanScorer chains its clauses by prepending, so a document's clause scores are added last clause first.
            for (var i = concepts.All.Count - 1; i >= 0; i--)
                Add(tally, leaf.DocBase, Clause(leaf, concepts.All[i]));
        }
        return tally.Best(hits);
    }

    private (TermScores Text, TermScores Title) Clause(AtomicReaderContext leaf, Concept concept) =>
        concept.IsEntity
            ? (ScoresOf(leaf, PassageIndex.EntityField, concept.Term, boost: 1f), TermScores.None)
            : (ScoresOf(leaf, PassageIndex.TextField, concept.Term, boost: 1f), ScoresOf(leaf, PassageIndex.TitleField, concept.Term, TitleWeight));

    private TermScores ScoresOf(AtomicReaderContext leaf, string field, string term, float boost) =>
        terms.Context(field, term) is { } context
            ? _scores.GetOrAdd((leaf.Ord, field, term), _ => TermScores.Of(
                searcher.CreateNormalizedWeight(new TermQuery(new Term(field, term), context) { Boost = boost }), leaf))
            : TermScores.None;

    /// <summary>One clause's score of each document it matches: the better of text and title plus the tie-break share of the other.</summary>
    private static void Add(Tally tally, int docBase, (TermScores Text, TermScores Title) clause)
    {
        var (text, title) = clause;
        var (i, j) = (0, 0);
        while (i < text.Docs.Length || j < title.Docs.Length)
        {
            var t = i < text.Docs.Length ? text.Docs[i] : DocIdSetIterator.NO_MORE_DOCS;
            var u = j < title.Docs.Length ? title.Docs[j] : DocIdSetIterator.NO_MORE_DOCS;
            var doc = Math.Min(t, u);
            float max = 0, sum = 0;
            var first = true;
            if (t == doc) (max, sum, first) = Scored(text.Scores[i++], max, sum, first);
            if (u == doc) (max, sum, _) = Scored(title.Scores[j++], max, sum, first);
            tally.Add(docBase + doc, max + (sum - max) * TieBreaker);
        }
    }

    private static (float Max, float Sum, bool First) Scored(float score, float max, float sum, bool first) =>
        first ? (score, score, false) : (Math.Max(max, score), sum + score, false);

    /// <summary>A term query's score of each document of a segment that holds the term, in document order, as its scorer gives them.</summary>
    private sealed record TermScores(int[] Docs, float[] Scores)
    {
        public static readonly TermScores None = new([], []);

        public static TermScores Of(Weight weight, AtomicReaderContext leaf)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) return None;
            var (docs, scores) = (new List<int>(), new List<float>());
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                docs.Add(doc);
                scores.Add(scorer.GetScore());
            }
            return new([.. docs], [.. scores]);
        }
    }

    /// <summary>One thread's running scores, reused from search to search: a document counts once it was touched in this search.</summary>
    private sealed class Tally
    {
        private double[] _scores = [];
        private int[] _searchOf = [];
        private readonly List<int> _touched = [];
        private int _search;

        public void Start(int documents)
        {
            if (_scores.Length < documents || _search == int.MaxValue)
            {
                _scores = new double[documents];
                _searchOf = new int[documents];
                _search = 0;
            }
            _search++;
            _touched.Clear();
        }

        public void Add(int doc, float score)
        {
            if (_searchOf[doc] == _search)
            {
                _scores[doc] += score;
                return;
            }
            _searchOf[doc] = _search;
            _scores[doc] = score;
            _touched.Add(doc);
        }

        public List<(int Doc, float Score)> Best(int hits)
        {
            // The worst of the best so far on top: the lowest score, and of equal scores the latest document.
            var best = new PriorityQueue<int, (float Score, int Doc)>(Math.Min(hits, _touched.Count) + 1, WorstFirst.Instance);
            foreach (var doc in _touched)
            {
                var candidate = ((float)_scores[doc], doc);
                if (best.Count < hits) best.Enqueue(doc, candidate);
                else if (best.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(candidate, worst) > 0) best.EnqueueDequeue(doc, candidate);
            }
            var found = new List<(int Doc, float Score)>(best.Count);
            while (best.TryDequeue(out var doc, out var scored)) found.Add((doc, scored.Score));
            found.Reverse();
            return found;
        }
    }

    private sealed class WorstFirst : IComparer<(float Score, int Doc)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }
}
