using WorkingParty.Minutes.Definitions;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// A statement and the sentences that go on from it ("Cion presented the levy study. It added that the report would
/// follow in October."): "It", "They" at the start (the minutes definitions' pattern) carry the speaker over, so the
/// sentences are read, matched and quoted together.
/// </summary>
internal static class Continuations
{
    private const int MostSentences = 3;
    private static readonly Regex ContinuingPronoun = new(MinutesDefinitions.Default.Actors.CarryOverPronouns, RegexOptions.CultureInvariant);

    public static bool GoesOn(Passage passage) => ContinuingPronoun.IsMatch(passage.Sentence.Text);

    /// <summary>Whether the passage goes on from the sentence before it, or the sentence after it goes on from it.</summary>
    public static bool HasAny(PassageIndex index, Passage passage) =>
        GoesOn(passage) || (index.After(passage) is { } next && GoesOn(next));

    /// <summary>The passage with the sentence it goes on from, if it does, and the sentences that go on from it, in order.</summary>
    public static IReadOnlyList<Passage> Thread(PassageIndex index, Passage passage)
    {
        var thread = new List<Passage>(MostSentences);
        var start = GoesOn(passage) && index.Before(passage) is { } before ? before : passage;
        thread.Add(start);
        for (var next = index.After(start); next is not null && GoesOn(next) && thread.Count < MostSentences; next = index.After(next))
            thread.Add(next);
        if (!thread.Contains(passage)) thread.Add(passage);
        return thread;
    }

    /// <summary>
    /// The sentence before the passage in its paragraph, which often names the topic the passage speaks to ("... on the
    /// phasing-out rules. Malta could agree only if ..."), or null when the passage opens its paragraph.
    /// </summary>
    public static Passage? Preceding(PassageIndex index, Passage passage) =>
        index.Before(passage) is { } before && before.Paragraph == passage.Paragraph ? before : null;

    /// <summary>Whether the topic is answered by the passage read with the sentence before it in its paragraph.</summary>
    public static bool AnsweredWithPreceding(PassageIndex index, Passage passage, Concepts concepts) =>
        Preceding(index, passage) is { } before && concepts.AreAnsweredBy([index.TermsOf(before), index.TermsOf(passage)]);

    public static string Text(IReadOnlyList<Passage> thread) => string.Join(' ', thread.Select(p => p.Sentence.Text));
}
