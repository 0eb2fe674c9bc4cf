namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Cue phrases as their lower-cased words, in the order given (empty ones left out), with the words they start with
/// listed once, and for each word of a question the starting words it matches (<see cref="EditDistance.Matches"/>),
/// worked out once per word: <see cref="CueMatcher"/> looks each word of a question up once, however many phrases
/// there are and however many start with the same word ("next", "which", "minutes").
/// </summary>
internal sealed class CuePhrases
{
    private readonly RememberedWords<int[]> _firstWordsMatched;

    public CuePhrases(IEnumerable<string> cues)
    {
        Phrases = cues.Select(c => Words.Split(c).Select(w => w.Lower).ToArray()).Where(c => c.Length > 0).ToArray();
        FirstWords = Phrases.Select(p => p[0]).Distinct(StringComparer.Ordinal).ToArray();
        FirstWordOf = Phrases.Select(p => Array.IndexOf(FirstWords, p[0])).ToArray();
        _firstWordsMatched = new(word => Enumerable.Range(0, FirstWords.Length).Where(f => EditDistance.Matches(word, FirstWords[f])).ToArray());
    }

    public string[][] Phrases { get; }

    /// <summary>Every word a phrase starts with, once.</summary>
    public string[] FirstWords { get; }

    /// <summary>For each phrase, the place of its first word in <see cref="FirstWords"/>.</summary>
    public int[] FirstWordOf { get; }

    /// <summary>The places in <see cref="FirstWords"/> of the words a lower-cased word of a question matches, in order.</summary>
    public int[] FirstWordsMatchedBy(string lower) => _firstWordsMatched.Of(lower);
}
