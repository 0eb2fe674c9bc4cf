namespace WorkingParty.Answers.Understanding;

/// <summary>Finds cue phrases in a question, word by word, tolerating a one-letter typo in longer words.</summary>
internal static class CueMatcher
{
    /// <summary>The start of the first place <paramref name="cue"/> occurs in <paramref name="words"/>, or -1.</summary>
    public static int Find(IReadOnlyList<Word> words, IReadOnlyList<string> cue)
    {
        for (var start = 0; start + cue.Count <= words.Count; start++)
        {
            var all = true;
            for (var j = 0; j < cue.Count && all; j++) all = EditDistance.Matches(words[start + j].Lower, cue[j]);
            if (all) return start;
        }
        return -1;
    }

    /// <summary>Marks the words of the first matching cue as used and says whether one matched.</summary>
    public static bool MatchAny(IReadOnlyList<Word> words, IEnumerable<string[]> cues, bool[] used)
    {
        foreach (var cue in cues)
        {
            var start = Find(words, cue);
            if (start < 0) continue;
            for (var j = 0; j < cue.Length; j++) used[start + j] = true;
            return true;
        }
        return false;
    }
}
