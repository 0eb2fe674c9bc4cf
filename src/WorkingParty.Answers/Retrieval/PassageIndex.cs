using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// BM25 full-text index (Lucene.Net, in memory) over every sentence of the stored minutes. The item title is indexed
/// beside each sentence, with less weight, so that "what did Europol say on CGN" finds Europol's sentences under the
/// Carrier Grade NAT item; the actors and documents each sentence names are indexed as entity terms
/// (<see cref="EntityTerms"/>), so that "BE" finds "the Belgian delegation" and "ST 8043/17" finds "doc. 8043/17".
/// </summary>
internal sealed class PassageIndex
{
    internal const string TextField = "text";
    internal const string TitleField = "title";
    internal const string EntityField = "entity";
    private const string IdField = "passage";
    private const int FewestKnownToDiscount = 2;
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly IndexTerms _terms;
    private readonly ConceptSearch _search;
    private readonly int _documentCount;

    /// <summary>
    /// The passage of each Lucene document, read once while building: doc values are slow to read per hit, and their
    /// readers belong to the thread that asked for them (one shared by every turn gave wrong passages under load).
    /// </summary>
    private readonly int[] _passageOfDocument;

    /// <summary>The entity terms of each passage, found while building.</summary>
    private readonly IReadOnlyList<string>[] _entities;

    /// <summary>The index terms of each passage's text, title and entities, analysed when a search first checks the passage.</summary>
    private readonly PerPassage<IReadOnlySet<string>> _passageTerms;

    /// <summary>The index terms of each passage's sentence and section heading alone, analysed when first asked.</summary>
    private readonly PerPassage<IReadOnlySet<string>> _sentenceTerms;

    /// <summary>
    /// Every word of the minutes' sentences and titles of at least seven letters, in alphabetical order, read when first
    /// asked; hyphenated ones too ("co-financing"), which a question may write without the hyphen.
    /// </summary>
    private readonly Lazy<string[]> _longWords;

    /// <summary>
    /// Whether any passage holds a word, remembered per word with the index (which never changes): the typo, spelling
    /// and unknown-name readers ask it of every word of every question.
    /// </summary>
    private readonly RememberedWords<bool> _known;

    /// <summary>The passages that name each entity (an actor, a document), oldest first.</summary>
    private readonly Dictionary<string, List<Passage>> _passagesByEntity = new(StringComparer.Ordinal);

    /// <summary>The passages each actor speaks in (the reader's speakers of the sentence), oldest first.</summary>
    private readonly Dictionary<string, List<Passage>> _passagesBySpeaker;

    private PassageIndex(BuiltIndex built, IReadOnlyList<Passage> passages, Dictionary<string, List<Passage>> passagesBySpeaker)
    {
        var (directory, entities) = built;
        Passages = passages;
        _longWords = new(() => passages.SelectMany(p => Words.Split(p.Sentence.Text + " " + TitleOf(p)))
            .Select(w => w.Lower).Where(w => w.Length >= 7 && IsLettersMaybeHyphenated(w)).Distinct().Order(StringComparer.Ordinal).ToArray());
        _entities = entities;
        _passagesBySpeaker = passagesBySpeaker;
        foreach (var passage in passages)
        {
            foreach (var entity in entities[passage.Id])
            {
                if (!_passagesByEntity.TryGetValue(entity, out var named)) _passagesByEntity[entity] = named = [];
                named.Add(passage);
            }
        }
        var reader = DirectoryReader.Open(directory);
        _terms = new IndexTerms(reader, TextField, TitleField, EntityField);
        _search = new ConceptSearch(new IndexSearcher(reader) { Similarity = new BM25Similarity() }, _terms);
        _documentCount = reader.NumDocs;
        var passageIds = MultiDocValues.GetNumericValues(reader, IdField);
        _passageOfDocument = new int[reader.MaxDoc];
        for (var doc = 0; doc < _passageOfDocument.Length; doc++) _passageOfDocument[doc] = (int)passageIds.Get(doc);
        _passageTerms = new(passages.Count, IndexTermsOf);
        _sentenceTerms = new(passages.Count, p => Concepts.TermsOf(p.Sentence.Text + " " + p.Section));
        _known = new(word => Concepts.Of([word]).Terms.Any(t => _terms.DocFreq(TextField, t) + _terms.DocFreq(TitleField, t) > 0));
    }

    /// <summary>Every passage, by id: meetings in the order given, then items and sentences in the minutes' order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>Whether the index was loaded from the cache rather than built.</summary>
    public bool Loaded { get; private init; }

    /// <summary>
    /// The index over the meetings' sentences; loaded from <paramref name="cache"/> when it holds one built from the
    /// same meetings by the same code, else built, and then written to it in the background.
    /// </summary>
    public static PassageIndex Build(IReadOnlyList<Meeting> meetings, IndexCache? cache = null)
    {
        var passages = PassagesOf(meetings);
        var speakers = new Dictionary<string, string?>(StringComparer.Ordinal);
        var passagesBySpeaker = new Dictionary<string, List<Passage>>(StringComparer.Ordinal);
        var spokenBy = new List<string>[passages.Count];
        foreach (var passage in passages)
        {
            var spoken = SpeakerKeys(passage.Sentence, speakers).Distinct().ToList();
            foreach (var key in spoken)
            {
                if (!passagesBySpeaker.TryGetValue(key, out var said)) passagesBySpeaker[key] = said = [];
                said.Add(passage);
            }
            spokenBy[passage.Id] = spoken;
        }

        if (cache is null) return new PassageIndex(Index(passages, spokenBy), passages, passagesBySpeaker);
        var cacheKey = new Lazy<string>(() => cache.KeyOf(meetings));
        if (cache.TryLoad(cacheKey, passages.Count) is { } loaded) return new PassageIndex(loaded, passages, passagesBySpeaker) { Loaded = true };
        var built = Index(passages, spokenBy);
        cache.SaveInBackground(cacheKey, built);
        return new PassageIndex(built, passages, passagesBySpeaker);
    }

    /// <summary>The sentences the actor speaks in, oldest meeting first, each meeting's in the minutes' order.</summary>
    public IReadOnlyList<Passage> SpokenBy(string actorKey) => _passagesBySpeaker.GetValueOrDefault(actorKey) ?? [];

    /// <summary>The actors a passage's text names (found while building), by key: a footnote's list of delegations has no speaker.</summary>
    public IEnumerable<string> ActorsNamedIn(Passage passage) =>
        _entities[passage.Id].Where(EntityTerms.IsActor).Select(EntityTerms.ActorKey);

    /// <summary>The sentences that cite a document, any copy or revision of it, in the minutes' order.</summary>
    public IReadOnlyList<Passage> Citing(string reference) => _passagesByEntity.GetValueOrDefault(EntityTerms.Document(reference)) ?? [];

    /// <summary>
    /// The best <paramref name="hits"/> passages by BM25, those <paramref name="accept"/> takes, best first, each with its
    /// closeness to the question. Lazy: a passage's terms are analysed (once) only when the caller gets that far.
    /// </summary>
    public IEnumerable<PassageMatch> Match(Concepts concepts, int hits, Func<Passage, bool>? accept = null)
    {
        if (concepts.Count == 0) yield break;
        var weights = Weights(concepts);
        foreach (var scored in _search.Best(concepts, hits))
        {
            var passage = Passages[_passageOfDocument[scored.Doc]];
            if (accept is null || accept(passage)) yield return new PassageMatch(passage, scored.Score, Closeness(concepts, weights, passage));
        }
    }

    /// <summary>The best passages sharing any concept at all, for "did you mean" suggestions.</summary>
    public IReadOnlyList<Passage> Near(Concepts concepts, int max) =>
        concepts.Count == 0
            ? []
            : _search.Best(concepts, max).Select(d => Passages[_passageOfDocument[d.Doc]]).ToList();

    /// <summary>
    /// The share of the question's concepts the passage holds, each weighted by its inverse document frequency (as
    /// BM25 weighs it), from 0 to 1. A concept the minutes never use weighs most: "who won the football match?" is
    /// far from every passage, whatever else it shares with one.
    /// </summary>
    public double Closeness(Concepts concepts, Passage passage) => Closeness(concepts, Weights(concepts), passage);

    /// <summary>Whether any passage holds the word (in any of its forms), in its text or its title.</summary>
    public bool Knows(string word) => _known.Of(word);

    /// <summary>
    /// The word of the minutes (text or titles) one edit away from <paramref name="word"/>, of at least
    /// <paramref name="shortest"/> letters; the first such word in alphabetical order when several are, or null.
    /// </summary>
    public string? Resembling(string word, int shortest) =>
        word.Length < shortest
            ? null
            : _longWords.Value.FirstOrDefault(w => w.Length >= shortest && w != word && EditDistance.Matches(word, w) && EditDistance.Matches(w, word));

    private static bool IsLettersMaybeHyphenated(string word) =>
        char.IsLetter(word[0]) && char.IsLetter(word[^1]) && word.All(c => char.IsLetter(c) || c == '-');

    /// <summary>The sentence before a passage under the same agenda item, or null when it is the item's first.</summary>
    public Passage? Before(Passage passage) =>
        passage.Id > 0 && Passages[passage.Id - 1] is var before && ReferenceEquals(before.Item, passage.Item) && before.Paragraph >= 0
            && passage.Paragraph >= 0 ? before : null;

    /// <summary>Every sentence of the agenda item a passage stands under, in the minutes' order (its footnotes apart).</summary>
    public IEnumerable<Passage> UnderItemOf(Passage passage)
    {
        var first = passage.Id;
        while (first > 0 && ReferenceEquals(Passages[first - 1].Item, passage.Item) && Passages[first - 1].Paragraph >= 0) first--;
        for (var id = first; id < Passages.Count && ReferenceEquals(Passages[id].Item, passage.Item) && Passages[id].Paragraph >= 0; id++)
            yield return Passages[id];
    }

    /// <summary>The sentence after a passage in the same paragraph, or null when it is the paragraph's last.</summary>
    public Passage? After(Passage passage) =>
        passage.Id + 1 < Passages.Count && Passages[passage.Id + 1] is var after && ReferenceEquals(after.Item, passage.Item)
            && after.Paragraph == passage.Paragraph && passage.Paragraph >= 0 ? after : null;

    /// <summary>The index terms of a passage (text, title, synonyms, entities).</summary>
    public IReadOnlySet<string> TermsOf(Passage passage) => _passageTerms.Of(passage);

    /// <summary>
    /// The terms of a passage's sentence and the section heading it stands under (synonyms included), without its item's
    /// title or entities: for a topic the sentence itself must say.
    /// </summary>
    public IReadOnlySet<string> SentenceTermsOf(Passage passage) => _sentenceTerms.Of(passage);

    private HashSet<string> IndexTermsOf(Passage passage)
    {
        var terms = Concepts.TermsOf(passage.Sentence.Text + " " + TitleOf(passage));
        terms.UnionWith(_entities[passage.Id]);
        return terms;
    }

    /// <summary>The item title and the section heading a passage stands under, indexed beside it.</summary>
    private static string TitleOf(Passage passage) =>
        passage.Section is null ? passage.Item.Title : passage.Item.Title + " " + passage.Section;

    private double Closeness(Concepts concepts, double[] weights, Passage passage)
    {
        var terms = TermsOf(passage);
        double found = 0, all = 0;
        for (var i = 0; i < concepts.Count; i++)
        {
            all += weights[i];
            if (terms.Contains(concepts.Terms[i])) found += weights[i];
        }
        return all == 0 ? 0 : found / all;
    }

    /// <summary>
    /// Each concept's inverse document frequency. A word no passage holds would weigh most and sink every passage; when
    /// the question holds at least <see cref="FewestKnownToDiscount"/> words the minutes use, or no fewer of them than of
    /// words they never use ("what did NL say on the DSI?", "where is the unit hosted?"), it weighs half the least of
    /// theirs (a typo, a word of the question's own, a short name the minutes spell out), so that the words the minutes
    /// do hold decide. A question most of whose words the minutes never use ("who won the football match?") stays far.
    /// </summary>
    private double[] Weights(Concepts concepts)
    {
        var frequencies = concepts.All.Select(c => _terms.DocFreq(c.IsEntity ? EntityField : TextField, c.Term)
            + (c.IsEntity ? 0 : _terms.DocFreq(TitleField, c.Term))).ToArray();
        var weights = frequencies.Select(f => Idf(f)).ToArray();
        var known = Enumerable.Range(0, weights.Length).Where(i => frequencies[i] > 0).ToList();
        var unknown = weights.Length - known.Count;
        if (known.Count == 0 || known.Count < Math.Min(FewestKnownToDiscount, unknown)) return weights;
        var least = known.Min(i => weights[i]);
        for (var i = 0; i < weights.Length; i++)
            if (frequencies[i] == 0) weights[i] = least / 2;
        return weights;
    }

    /// <summary>BM25's inverse document frequency.</summary>
    private double Idf(int documentFrequency) => Math.Log(1 + (_documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

    private static List<Passage> PassagesOf(IReadOnlyList<Meeting> meetings)
    {
        var passages = new List<Passage>();
        foreach (var meeting in meetings)
        {
            foreach (var item in meeting.Items)
            {
                var sections = Sections.Of(item);
                for (var p = 0; p < item.Paragraphs.Count; p++)
                {
                    foreach (var sentence in item.Paragraphs[p].Sentences)
                        passages.Add(new Passage(passages.Count, meeting, item, sentence, sections[p], p));
                }
            }
            foreach (var (item, sentence, section) in OpeningPassages.Of(meeting).Concat(FootnotePassages.Of(meeting)))
                passages.Add(new Passage(passages.Count, meeting, item, sentence, section, Paragraph: -1));
        }
        return passages;
    }

    /// <summary>The entity terms of each passage and Lucene's index of the passages: what a build spends its CPU on.</summary>
    private static BuiltIndex Index(List<Passage> passages, List<string>[] spokenBy)
    {
        // Each passage's entity terms depend on that passage alone: found on every core.
        var entities = new IReadOnlyList<string>[passages.Count];
        Parallel.For(0, passages.Count, id =>
            entities[id] = EntityTerms.Of(passages[id].Sentence.Text, spokenBy[id], ActorDirectory.Default).ToArray());

        var directory = new RAMDirectory();
        // Without a compound file, searches read the in-memory files directly instead of through a locked, buffered slice.
        var config = new IndexWriterConfig(Version, MinutesAnalyzer.ForPassages) { Similarity = new BM25Similarity(), UseCompoundFile = false };
        config.MergePolicy.NoCFSRatio = 0;
        var titles = new AnalysedTitles();
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var passage in passages)
            {
                var document = new Document
                {
                    new TextField(TextField, passage.Sentence.Text, Field.Store.NO),
                    new TextField(TitleField, titles.Of(TitleOf(passage))),
                    new NumericDocValuesField(IdField, passage.Id),
                };
                foreach (var entity in entities[passage.Id]) document.Add(new StringField(EntityField, entity, Field.Store.NO));
                writer.AddDocument(document);
            }
            writer.Commit();
        }
        return new BuiltIndex(new FrozenDirectory(directory), entities);
    }

    private static IEnumerable<string> SpeakerKeys(Statement sentence, Dictionary<string, string?> resolved)
    {
        foreach (var name in sentence.Actors)
        {
            if (!resolved.TryGetValue(name, out var key)) resolved[name] = key = ActorDirectory.Default.Resolve(name);
            if (key is not null) yield return key;
        }
    }
}
