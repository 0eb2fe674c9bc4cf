namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Finds cue phrases in a question, word by word, tolerating a one-letter typo in longer words and one extra word
/// between two cue words ("next COPEN meeting", "carry it over").
/// </summary>
internal static class CueMatcher
{
    private const int MostExtraWords = 1;

    /// <summary>Marks the words of the first matching cue as used and says whether one matched.</summary>
    public static bool MatchAny(IReadOnlyList<Word> words, CuePhrases cues, bool[] used)
    {
        // Where each first word matches, found when a phrase first needs it.
        var starts = new int[]?[cues.FirstWords.Length];
        for (var p = 0; p < cues.Phrases.Length; p++)
        {
            var first = cues.FirstWordOf[p];
            foreach (var start in starts[first] ??= Starts(words, cues.FirstWords[first]))
            {
                var positions = Match(words, cues.Phrases[p], start);
                if (positions is null) continue;
                foreach (var position in positions) used[position] = true;
                return true;
            }
        }
        return false;
    }

    private static int[] Starts(IReadOnlyList<Word> words, string firstWord)
    {
        List<int>? starts = null;
        for (var i = 0; i < words.Count; i++)
            if (EditDistance.Matches(words[i].Lower, firstWord)) (starts ??= []).Add(i);
        return starts?.ToArray() ?? [];
    }

    /// <summary>The positions of the cue's words when its first word, at <paramref name="start"/>, is followed by the others.</summary>
    private static List<int>? Match(IReadOnlyList<Word> words, string[] cue, int start)
    {
        var positions = new List<int> { start };
        for (var j = 1; j < cue.Length; j++)
        {
            var next = Enumerable.Range(positions[^1] + 1, MostExtraWords + 1)
                .FirstOrDefault(i => i < words.Count && EditDistance.Matches(words[i].Lower, cue[j]), -1);
            if (next < 0) return null;
            positions.Add(next);
        }
        return positions;
    }
}
