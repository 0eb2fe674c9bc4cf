using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// BM25 full-text index (Lucene.Net, in memory) over every sentence of the stored minutes. The item title is indexed
/// beside each sentence, with less weight, so that "what did Europol say on CGN" finds Europol's sentences under the
/// Carrier Grade NAT item.
/// </summary>
internal sealed class PassageIndex
{
    private const string TextField = "text";
    private const string TitleField = "title";
    private const string IdField = "passage";
    private const float TitleWeight = 0.3f;
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly IndexSearcher searcher;
    private readonly IReadOnlyList<Passage> passages;

    private PassageIndex(RAMDirectory directory, IReadOnlyList<Passage> passages)
    {
        this.passages = passages;
        searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() };
    }

    public static PassageIndex Build(IReadOnlyList<Meeting> meetings)
    {
        var passages = meetings
            .SelectMany(m => m.Items.SelectMany(i => i.Paragraphs.SelectMany(p => p.Sentences.Select(s => new Passage(m, i, s)))))
            .ToList();
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, MinutesAnalyzer.ForPassages) { Similarity = new BM25Similarity() }))
        {
            for (var id = 0; id < passages.Count; id++)
            {
                writer.AddDocument(new Document
                {
                    new TextField(TextField, passages[id].Sentence.Text, Field.Store.NO),
                    new TextField(TitleField, passages[id].Item.Title, Field.Store.NO),
                    new NumericDocValuesField(IdField, id),
                });
            }
            writer.Commit();
        }
        return new PassageIndex(directory, passages);
    }

    /// <summary>
    /// The best passages that hold enough of the question's concepts (see <see cref="Concepts.AreAnsweredBy"/>),
    /// best first.
    /// </summary>
    public IReadOnlyList<PassageHit> Search(Concepts concepts, int max, Func<Passage, bool>? accept = null)
    {
        if (concepts.Count == 0) return [];
        var query = Query(concepts);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("**", "**"), new QueryScorer(query, TextField))
        {
            TextFragmenter = new NullFragmenter(),
        };
        var hits = new List<PassageHit>();
        var passageIds = PassageIds();
        foreach (var scored in searcher.Search(query, max * 4).ScoreDocs)
        {
            var passage = passages[(int)passageIds.Get(scored.Doc)];
            if (accept is not null && !accept(passage)) continue;
            var terms = Concepts.TermsOf(passage.Sentence.Text + " " + passage.Item.Title);
            if (!concepts.AreAnsweredBy(terms)) continue;
            var snippet = highlighter.GetBestFragment(MinutesAnalyzer.ForPassages, TextField, passage.Sentence.Text) ?? passage.Sentence.Text;
            hits.Add(new PassageHit(passage, snippet, scored.Score));
            if (hits.Count == max) break;
        }
        return hits;
    }

    /// <summary>The best passages sharing any concept at all, for "did you mean" suggestions.</summary>
    public IReadOnlyList<Passage> Near(Concepts concepts, int max)
    {
        if (concepts.Count == 0) return [];
        var passageIds = PassageIds();
        return searcher.Search(Query(concepts), max).ScoreDocs.Select(d => passages[(int)passageIds.Get(d.Doc)]).ToList();
    }

    // Doc values readers belong to the thread that asked for them (Lucene keeps one per thread): one shared by every
    // turn gave other threads' positions, hence wrong passages or an index out of range under load.
    private NumericDocValues PassageIds() => MultiDocValues.GetNumericValues(searcher.IndexReader, IdField);

    private static BooleanQuery Query(Concepts concepts)
    {
        var query = new BooleanQuery();
        foreach (var term in concepts.Terms)
        {
            query.Add(new DisjunctionMaxQuery(0.1f)
            {
                new TermQuery(new Term(TextField, term)),
                new TermQuery(new Term(TitleField, term)) { Boost = TitleWeight },
            }, Occur.SHOULD);
        }
        return query;
    }
}
