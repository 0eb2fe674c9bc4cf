namespace WorkingParty.Answers.Composition;

/// <summary>
/// "What was agreed on X?", "outcome on X?", "next step on X?": the sentences on X, each followed by the conclusion its
/// item records after it ("The Chair concluded that ...", "The Chair noted broad support and asked ..."), with the rest of
/// that paragraph, which says what follows from it ("Delegations were invited to ... Articles 7 to 12 would be examined
/// next."). A sentence that is itself a conclusion is followed by the rest of its paragraph too; an item that records
/// no conclusion gives the first sentence after it that tells what follows ("The Presidency will reflect on it.").
/// </summary>
internal static class Decisions
{
    private const int MostSentencesAfterConclusion = 2;
    private static readonly HashSet<string> QuestionWords = [.. Vocabulary.Default.DecisionQuestionWords];
    private static readonly HashSet<string> SentenceWords = [.. Vocabulary.Default.DecisionSentenceWords];
    private static readonly HashSet<string> FollowUpWords = [.. Vocabulary.Default.FollowUpSentenceWords];

    public static bool AreAsked(QuestionReading question) => question.AsksDecision;

    /// <summary>The words to search for: not those asking for a decision, which name no topic, unless they are all there is.</summary>
    public static IReadOnlyList<string> Without(IReadOnlyList<string> words) =>
        words.Where(w => !QuestionWords.Contains(w)).ToList() is { Count: > 0 } topic ? topic : words;

    /// <summary>Each passage, then the conclusion after it under its item and the rest of its paragraph, each once.</summary>
    public static IReadOnlyList<Passage> WithConclusions(IEnumerable<Passage> passages, PassageIndex index)
    {
        var quoted = new List<Passage>();
        foreach (var passage in passages)
        {
            quoted.Add(passage);
            if (Concludes(passage)) quoted.AddRange(RestOfParagraph(passage, index));
            if (Conclusion(passage, index) is not { } conclusion) continue;
            quoted.Add(conclusion);
            quoted.AddRange(RestOfParagraph(conclusion, index));
        }
        return quoted.Distinct().ToList();
    }

    private static IEnumerable<Passage> RestOfParagraph(Passage passage, PassageIndex index)
    {
        var next = passage;
        for (var i = 0; i < MostSentencesAfterConclusion && index.After(next) is { } after; i++) yield return next = after;
    }

    /// <summary>
    /// The first sentence after the passage under its item that records a decision, said by the Chair or by nobody named;
    /// else the last before it under the same heading, or in its paragraph ("The Chair concluded that ... Member States were
    /// asked to ..."); else the first after it that tells what follows.
    /// </summary>
    private static Passage? Conclusion(Passage passage, PassageIndex index)
    {
        var item = index.UnderItemOf(passage).Where(p => p.Id != passage.Id).ToList();
        var concluding = item.Where(Concludes).ToList();
        return concluding.FirstOrDefault(p => p.Id > passage.Id)
            ?? concluding.LastOrDefault(p => p.Section == passage.Section && (p.Section is not null || p.Paragraph == passage.Paragraph))
            ?? item.FirstOrDefault(p => p.Id > passage.Id && ByTheChair(p) && Says(p, FollowUpWords));
    }

    private static bool Concludes(Passage p) => ByTheChair(p) && Says(p, SentenceWords);

    private static bool ByTheChair(Passage p) => p.Sentence.Actors.Count == 0 || p.Sentence.Actors[0] is "Presidency" or "Chair";

    private static bool Says(Passage p, HashSet<string> words) => Words.Split(p.Sentence.Text).Any(w => words.Contains(w.Lower));
}
