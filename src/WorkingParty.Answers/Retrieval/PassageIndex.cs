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

    /// <summary>
    /// The passage of each Lucene document, read once while building: doc values are slow to read per hit, and their
    /// readers belong to the thread that asked for them (one shared by every turn gave wrong passages under load).
    /// </summary>
    private readonly int[] passageOfDocument;

    /// <summary>The index terms of each passage's text and title, analysed when a search first checks the passage.</summary>
    private readonly IReadOnlySet<string>?[] passageTerms;

    private PassageIndex(Lucene.Net.Store.Directory directory, IReadOnlyList<Passage> passages)
    {
        this.passages = passages;
        var reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var passageIds = MultiDocValues.GetNumericValues(reader, IdField);
        passageOfDocument = new int[reader.MaxDoc];
        for (var doc = 0; doc < passageOfDocument.Length; doc++) passageOfDocument[doc] = (int)passageIds.Get(doc);
        passageTerms = new IReadOnlySet<string>?[passages.Count];
    }

    public static PassageIndex Build(IReadOnlyList<Meeting> meetings)
    {
        var passages = meetings
            .SelectMany(m => m.Items.SelectMany(i => i.Paragraphs.SelectMany(p => p.Sentences.Select(s => new Passage(m, i, s)))))
            .ToList();
        var directory = new RAMDirectory();
        // Without a compound file, searches read the in-memory files directly instead of through a locked, buffered slice.
        var config = new IndexWriterConfig(Version, MinutesAnalyzer.ForPassages) { Similarity = new BM25Similarity(), UseCompoundFile = false };
        config.MergePolicy.NoCFSRatio = 0;
        using (var writer = new IndexWriter(directory, config))
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
        return new PassageIndex(new FrozenDirectory(directory), passages);
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
        foreach (var scored in searcher.Search(query, max * 4).ScoreDocs)
        {
            var id = passageOfDocument[scored.Doc];
            var passage = passages[id];
            if (accept is not null && !accept(passage)) continue;
            if (!concepts.AreAnsweredBy(TermsOf(id))) continue;
            var snippet = highlighter.GetBestFragment(MinutesAnalyzer.ForPassages, TextField, passage.Sentence.Text) ?? passage.Sentence.Text;
            hits.Add(new PassageHit(passage, snippet, scored.Score));
            if (hits.Count == max) break;
        }
        return hits;
    }

    /// <summary>The best passages sharing any concept at all, for "did you mean" suggestions.</summary>
    public IReadOnlyList<Passage> Near(Concepts concepts, int max) =>
        concepts.Count == 0
            ? []
            : searcher.Search(Query(concepts), max).ScoreDocs.Select(d => passages[passageOfDocument[d.Doc]]).ToList();

    /// <summary>Computed at most a few times per passage when searches race; every result is the same set.</summary>
    private IReadOnlySet<string> TermsOf(int id)
    {
        if (Volatile.Read(ref passageTerms[id]) is { } known) return known;
        var passage = passages[id];
        var terms = Concepts.TermsOf(passage.Sentence.Text + " " + passage.Item.Title);
        Volatile.Write(ref passageTerms[id], terms);
        return terms;
    }

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
