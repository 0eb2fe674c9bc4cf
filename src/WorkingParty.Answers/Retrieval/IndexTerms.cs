using Lucene.Net.Index;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// Every term of a finished index with where its postings start, read once: a few thousand terms, so that a question
/// looks its words up in a dictionary instead of seeking each one in Lucene's term index (a cloned input and a block
/// decoded per look-up), once to weigh it and again to score it. Read-only, shared by every turn.
/// </summary>
internal sealed class IndexTerms
{
    private readonly Dictionary<(string Field, string Term), TermContext> _contexts = [];

    public IndexTerms(IndexReader reader, params IEnumerable<string> fields)
    {
        foreach (var leaf in reader.Leaves)
        {
            foreach (var field in fields)
            {
                var terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                while (terms is not null && terms.MoveNext())
                {
                    var key = (field, terms.Term.Utf8ToString());
                    if (!_contexts.TryGetValue(key, out var context)) _contexts[key] = context = new TermContext(reader.Context);
                    context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
                }
            }
        }
    }

    /// <summary>The term's statistics and postings in each segment, as <see cref="TermContext.Build"/> would find them; null when no document holds it.</summary>
    public TermContext? Context(string field, string term) => _contexts.GetValueOrDefault((field, term));

    /// <summary>How many documents hold the term in the field.</summary>
    public int DocFreq(string field, string term) => Context(field, term)?.DocFreq ?? 0;
}
