using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using WorkingParty.Answers.Library;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Understanding;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Answers.Tests;

/// <summary>
/// <see cref="ConceptSearch"/> stands in for Lucene's search of a BooleanQuery of DisjunctionMaxQuery clauses: the
/// same documents, in the same order, with the same scores to the bit, on the 200 generated meetings.
/// </summary>
public class ConceptSearchTests
{
    private static readonly Lazy<(IndexSearcher Searcher, List<Passage> Passages)> Index = new(Build);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(100_000)]
    public void Finds_what_Lucene_finds_in_its_order_with_its_scores(int hits)
    {
        var (searcher, passages) = Index.Value;
        var search = new ConceptSearch(searcher, new IndexTerms(searcher.IndexReader, PassageIndex.TextField, PassageIndex.TitleField, PassageIndex.EntityField));
        var random = new Random(2017);
        var compared = 0;
        for (var i = 0; i < 300; i++)
        {
            var concepts = RandomConcepts(passages, random);
            if (concepts.Count == 0) continue;
            var expected = searcher.Search(LuceneQuery(concepts), hits).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
            Assert.Equal(expected, search.Best(concepts, hits));
            compared++;
        }

        Assert.True(compared > 250);
    }

    [Fact]
    public void The_questions_of_the_load_test_find_what_Lucene_finds()
    {
        var (searcher, _) = Index.Value;
        var search = new ConceptSearch(searcher, new IndexTerms(searcher.IndexReader, PassageIndex.TextField, PassageIndex.TitleField, PassageIndex.EntityField));
        foreach (var question in new[]
        {
            "who stressed the lack of resources at national level", "risk of fragmentation", "information sharing with the private sector",
            "protection of critical infrastructure", "encryption and lawful access", "firearms trafficking", "comments on data retention",
        })
        {
            var concepts = Concepts.Of(Words.Split(question).Select(w => w.Lower), [new Concept(EntityTerms.Actor("BE"), "BE")]);
            Assert.Equal(searcher.Search(LuceneQuery(concepts), 20).ScoreDocs.Select(d => (d.Doc, d.Score)), search.Best(concepts, 20));
        }
    }

    /// <summary>One to six words of a sentence of the minutes, a word no passage holds now and then, an actor now and then.</summary>
    private static Concepts RandomConcepts(List<Passage> passages, Random random)
    {
        var sentence = Words.Split(passages[random.Next(passages.Count)].Sentence.Text).Select(w => w.Lower).ToList();
        var words = Enumerable.Range(0, random.Next(1, 7)).Select(_ => sentence[random.Next(sentence.Count)]).ToList();
        if (random.Next(4) == 0) words.Add("zzyzx");
        var actors = random.Next(3) == 0 ? new[] { new Concept(EntityTerms.Actor(random.Next(2) == 0 ? "BE" : "Commission"), "they") } : [];
        return Concepts.Of(words, actors);
    }

    /// <summary>What the passage index searched with before <see cref="ConceptSearch"/>.</summary>
    private static Query LuceneQuery(Concepts concepts)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts.All)
        {
            query.Add(concept.IsEntity
                ? new TermQuery(new Term(PassageIndex.EntityField, concept.Term))
                : new DisjunctionMaxQuery(0.1f)
                {
                    new TermQuery(new Term(PassageIndex.TextField, concept.Term)),
                    new TermQuery(new Term(PassageIndex.TitleField, concept.Term)) { Boost = 0.3f },
                }, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>The passages of the generated meetings indexed as the passage index does, in two segments.</summary>
    private static (IndexSearcher, List<Passage>) Build()
    {
        var meetings = new MinutesCorpus(2017).Meetings(200)
            .Select(g => MinutesParser.Default.Parse(g.Text, g.FileName, IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting!)
            .ToList();
        var passages = MinutesLibrary.Build(meetings).Index.Passages.ToList();
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, MinutesAnalyzer.ForPassages) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var passage in passages)
            {
                var document = new Document
                {
                    new TextField(PassageIndex.TextField, passage.Sentence.Text, Field.Store.NO),
                    new TextField(PassageIndex.TitleField, passage.Item.Title, Field.Store.NO),
                };
                foreach (var actor in passage.Sentence.Actors.Select(ActorDirectory.Default.Resolve).OfType<string>())
                    document.Add(new StringField(PassageIndex.EntityField, EntityTerms.Actor(actor), Field.Store.NO));
                writer.AddDocument(document);
                if (passage.Id == passages.Count / 2) writer.Commit();
            }
            writer.Commit();
        }
        var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);
        return (new IndexSearcher(reader) { Similarity = new BM25Similarity() }, passages);
    }
}
