namespace WorkingParty.Answers.Retrieval;

/// <summary>The parameters of passage retrieval, from retrieval.json.</summary>
internal sealed record RetrievalSettings
{
    /// <summary>How many passages each retriever offers before they are filtered and cut.</summary>
    public required int Candidates { get; init; }

    /// <summary>How many passages an answer quotes at the most.</summary>
    public required int MostPassages { get; init; }

    /// <summary>The closeness (<see cref="PassageIndex.Closeness"/>) a passage needs to be quoted; below it on every passage, "I found nothing".</summary>
    public required double CloseEnough { get; init; }

    public static RetrievalSettings Default { get; } = EmbeddedJson.Read<RetrievalSettings>("retrieval.json");
}
