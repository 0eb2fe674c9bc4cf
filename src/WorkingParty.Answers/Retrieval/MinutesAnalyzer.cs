using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// English analysis for the minutes: words are lower-cased, stripped of diacritics ("Lübeck" is "lubeck") and stemmed, then the synonyms of synonyms.json and the
/// actor table are added in the same position, so that "CGN" also finds "carrier grade NAT" and "Hungary" finds "the
/// HU delegation". Stop words are kept: questions arrive without them, and codes such as "IT" must survive.
/// Synonyms are added on the passage side only; both directions of a group meet there, and a question's words keep
/// one meaning each.
/// </summary>
internal static class MinutesAnalyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly Lazy<Analyzer> Passages = new(() => Create(BuildSynonyms()));
    private static readonly Lazy<Analyzer> Questions = new(() => Create(null));

    /// <summary>For the minutes' text: stems and synonyms.</summary>
    public static Analyzer ForPassages => Passages.Value;

    /// <summary>For a question's words: stems only.</summary>
    public static Analyzer ForQuestions => Questions.Value;

    private static Analyzer Create(SynonymMap? synonyms) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PorterStemFilter(stream);
        if (synonyms is not null) stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        return new TokenStreamComponents(tokenizer, stream);
    });

    private static SynonymMap BuildSynonyms()
    {
        var groups = EmbeddedJson.Read<SynonymGroups>("synonyms.json").Groups
            .Concat(ActorDirectory.Default.AliasesByActor().Select(g => (IReadOnlyList<string>)g.ToList()));
        var lines = string.Join('\n', groups.Select(g => string.Join(", ", g.Distinct())));
        var parser = new SolrSynonymParser(dedup: true, expand: true, ForQuestions);
        parser.Parse(new StringReader(lines));
        return parser.Build();
    }

    private sealed record SynonymGroups(IReadOnlyList<IReadOnlyList<string>> Groups);
}
