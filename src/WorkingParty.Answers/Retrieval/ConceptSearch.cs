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
/// </summary>
internal sealed class ConceptSearch(IndexSearcher searcher, IndexTerms terms)
{
    private const float TitleWeight = 0.3f;
    private const float TieBreaker = 0.1f;

    [ThreadStatic]
    private static Tally? _tally;

    /// <summary>The <paramref name="hits"/> best documents holding any concept, best first; ties in document order.</summary>
    public IReadOnlyList<(int Doc, float Score)> Best(Concepts concepts, int hits)
    {
        if (hits <= 0) return [];
        var tally = _tally ??= new Tally();
        tally.Start(searcher.IndexReader.MaxDoc);
        var clauses = concepts.All.Select(Weights).ToList();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            // Lucene's BooleanScorer chains its clauses by prepending, so a document's clause scores are added last clause first.
            for (var i = clauses.Count - 1; i >= 0; i--)
                Add(tally, leaf, clauses[i]);
        }
        return tally.Best(hits);
    }

    private (Weight? Text, Weight? Title) Weights(Concept concept) =>
        concept.IsEntity
            ? (Weight(PassageIndex.EntityField, concept.Term, boost: 1f), null)
            : (Weight(PassageIndex.TextField, concept.Term, boost: 1f), Weight(PassageIndex.TitleField, concept.Term, TitleWeight));

    /// <summary>The term's weight as a query of its own; none when no document holds it (it would score nothing).</summary>
    private Weight? Weight(string field, string term, float boost) =>
        terms.Context(field, term) is { } context ? searcher.CreateNormalizedWeight(new TermQuery(new Term(field, term), context) { Boost = boost }) : null;

    /// <summary>One clause's score of each document it matches: the better of text and title plus the tie-break share of the other.</summary>
    private static void Add(Tally tally, AtomicReaderContext leaf, (Weight? Text, Weight? Title) clause)
    {
        var text = clause.Text?.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        var title = clause.Title?.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        var t = text?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS;
        var u = title?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS;
        while (t != DocIdSetIterator.NO_MORE_DOCS || u != DocIdSetIterator.NO_MORE_DOCS)
        {
            var doc = Math.Min(t, u);
            float max = 0, sum = 0;
            var first = true;
            if (t == doc)
            {
                (max, sum, first) = Scored(text!.GetScore(), max, sum, first);
                t = text.NextDoc();
            }
            if (u == doc)
            {
                (max, sum, _) = Scored(title!.GetScore(), max, sum, first);
                u = title.NextDoc();
            }
            tally.Add(leaf.DocBase + doc, max + (sum - max) * TieBreaker);
        }
    }

    private static (float Max, float Sum, bool First) Scored(float score, float max, float sum, bool first) =>
        first ? (score, score, false) : (Math.Max(max, score), sum + score, false);

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
