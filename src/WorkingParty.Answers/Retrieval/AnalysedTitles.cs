using Lucene.Net.Analysis;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// The title field's tokens, analysed once per distinct title while an index is built: every sentence of an item
/// carries the item's title (about 40 distinct titles for 8,600 sentences, over a quarter of the words analysed), and
/// Lucene's analysis (the synonym filter most of all) is most of the build. The writer is given the tokens the analyser
/// gave for that title, replayed (<see cref="CachingTokenFilter"/>), so the index is the one analysing each title again
/// would write. For the thread that builds the index only: the analyser's components belong to that thread.
/// </summary>
internal sealed class AnalysedTitles
{
    private readonly Dictionary<string, CachingTokenFilter> _tokens = new(StringComparer.Ordinal);

    public TokenStream Of(string title)
    {
        if (!_tokens.TryGetValue(title, out var tokens))
        {
            // Analysed now, while no field is being analysed: the writer rewinds the tokens for each sentence.
            var stream = MinutesAnalyzer.ForPassages.GetTokenStream(PassageIndex.TitleField, title);
            stream.Reset();
            tokens = new CachingTokenFilter(stream);
            while (tokens.IncrementToken())
            {
            }

            stream.Dispose();
            _tokens[title] = tokens;
        }

        return tokens;
    }
}
