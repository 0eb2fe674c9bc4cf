namespace WorkingParty.Minutes.Extraction;

/// <summary>An agenda item whose title and paragraphs have been analysed sentence by sentence.</summary>
public sealed record AnalysedItem(int Number, string Title, AnalysedSentence TitleSentence, IReadOnlyList<IReadOnlyList<AnalysedSentence>> Paragraphs)
{
    /// <summary>The title first, then every sentence in order.</summary>
    public IEnumerable<AnalysedSentence> AllSentences => Paragraphs.SelectMany(p => p).Prepend(TitleSentence);
}
