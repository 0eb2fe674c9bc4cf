namespace WorkingParty.Answers.Retrieval;

/// <summary>The parameters of passage retrieval, from retrieval.json.</summary>
internal sealed record RetrievalSettings
{
    /// <summary>How many passages BM25 offers, best first, before those of other working parties or later meetings are left out.</summary>
    public required int Hits { get; init; }

    /// <summary>How many passages an answer quotes at the most.</summary>
    public required int MostPassages { get; init; }

    /// <summary>The closeness (<see cref="PassageIndex.Closeness"/>) a passage needs to be quoted; below it on every passage, "I found nothing".</summary>
    public required double CloseEnough { get; init; }

    public static RetrievalSettings Default { get; } = EmbeddedJson.Read<RetrievalSettings>("retrieval.json");
}
