namespace WorkingParty.Answers.Understanding;

/// <summary>The words that say what a question asks for, as listed in vocabulary.json.</summary>
internal sealed class Vocabulary
{
    public required IReadOnlyList<IntentCues> Intents { get; init; }
    public required IReadOnlyList<string> PastCues { get; init; }
    public required IReadOnlyList<string> WorkshopCues { get; init; }
    public required IReadOnlyList<string> SaidCues { get; init; }
    public required IReadOnlyList<string> ScheduleChangeWords { get; init; }
    public required IReadOnlyList<string> ItemWords { get; init; }
    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }
    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required IReadOnlyList<string> Fillers { get; init; }
    public required IReadOnlyList<string> BodyWords { get; init; }

    /// <summary>Words left out of a working party's initials: "Working Party on Information" is the WPI.</summary>
    public required IReadOnlyList<string> AcronymSkipWords { get; init; }

    public static Vocabulary Default { get; } = EmbeddedJson.Read<Vocabulary>("vocabulary.json");
}

internal sealed record IntentCues(string Name, IReadOnlyList<string> Cues);
