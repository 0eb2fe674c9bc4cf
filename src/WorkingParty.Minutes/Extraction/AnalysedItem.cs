namespace WorkingParty.Minutes.Extraction;

/// <summary>An agenda item whose title, sub-item titles and paragraphs have been analysed sentence by sentence.</summary>
public sealed record AnalysedItem(int Number, string Title, AnalysedSentence TitleSentence, IReadOnlyList<AnalysedParagraph> Paragraphs)
{
    /// <summary>The lettered sub-items with their analysed titles, in order.</summary>
    public IReadOnlyList<(string Label, string Title, AnalysedSentence Sentence)> SubItems { get; init; } = [];

    /// <summary>The titles first, then every sentence in order.</summary>
    public IEnumerable<AnalysedSentence> AllSentences =>
        Paragraphs.SelectMany(p => p.Sentences).Prepend(TitleSentence);
}

/// <summary>The sentences of one paragraph, and the sub-item it stands under (null when none).</summary>
public sealed record AnalysedParagraph(string? SubItem, IReadOnlyList<AnalysedSentence> Sentences);
