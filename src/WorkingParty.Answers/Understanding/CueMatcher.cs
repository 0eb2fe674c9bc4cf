namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Finds cue phrases in a question, word by word, tolerating a one-letter typo in longer words and one extra word
/// between two cue words ("next COPEN meeting", "carry it over").
/// </summary>
internal static class CueMatcher
{
    private const int MostExtraWords = 1;

    /// <summary>Marks the words of the first matching cue as used and says whether one matched.</summary>
    public static bool MatchAny(IReadOnlyList<Word> words, IEnumerable<string[]> cues, bool[] used)
    {
        foreach (var cue in cues)
        {
            for (var start = 0; start < words.Count; start++)
            {
                var positions = Match(words, cue, start);
                if (positions is null) continue;
                foreach (var position in positions) used[position] = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>The cue phrases as their lower-cased words, empty ones left out.</summary>
    public static string[][] Phrases(IEnumerable<string> cues) =>
        cues.Select(c => Words.Split(c).Select(w => w.Lower).ToArray()).Where(c => c.Length > 0).ToArray();

    private static List<int>? Match(IReadOnlyList<Word> words, string[] cue, int start)
    {
        if (!EditDistance.Matches(words[start].Lower, cue[0])) return null;
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
