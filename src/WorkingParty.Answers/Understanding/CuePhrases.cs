namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Cue phrases as their lower-cased words, in the order given (empty ones left out), with the words they start with
/// listed once: <see cref="CueMatcher"/> compares a question's word with each starting word once, however many phrases
/// start with it ("next", "which", "minutes").
/// </summary>
internal sealed class CuePhrases
{
    public CuePhrases(IEnumerable<string> cues)
    {
        Phrases = cues.Select(c => Words.Split(c).Select(w => w.Lower).ToArray()).Where(c => c.Length > 0).ToArray();
        FirstWords = Phrases.Select(p => p[0]).Distinct(StringComparer.Ordinal).ToArray();
        FirstWordOf = Phrases.Select(p => Array.IndexOf(FirstWords, p[0])).ToArray();
    }

    public string[][] Phrases { get; }

    /// <summary>Every word a phrase starts with, once.</summary>
    public string[] FirstWords { get; }

    /// <summary>For each phrase, the place of its first word in <see cref="FirstWords"/>.</summary>
    public int[] FirstWordOf { get; }
}
