namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Finds cue phrases in a question, word by word, tolerating a one-letter typo in longer words and one extra word
/// between two cue words ("next COPEN meeting", "carry it over").
/// </summary>
internal static class CueMatcher
{
    private const int MostExtraWords = 1;

    /// <summary>Marks the words of the first matching cue as used and says whether one matched.</summary>
    /// <param name="transparent">
    /// Words that never count as the extra word between two cue words (a body's name and its nouns: "last PPP working
    /// party meeting" holds "last meeting"), or null.
    /// </param>
    public static bool MatchAny(IReadOnlyList<Word> words, CuePhrases cues, bool[] used, bool[]? transparent = null)
    {
        var starts = Starts(words, cues);
        for (var p = 0; p < cues.Phrases.Length; p++)
        {
            if (starts[cues.FirstWordOf[p]] is not { } found) continue;
            foreach (var start in found)
            {
                var positions = Match(words, cues.Phrases[p], start, transparent);
                if (positions is null) continue;
                foreach (var position in positions) used[position] = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>Where each of the phrases' first words matches, in order (null where it matches nowhere).</summary>
    private static List<int>?[] Starts(IReadOnlyList<Word> words, CuePhrases cues)
    {
        var starts = new List<int>?[cues.FirstWords.Length];
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var first in cues.FirstWordsMatchedBy(words[i].Lower)) (starts[first] ??= []).Add(i);
        }
        return starts;
    }

    /// <summary>The positions of the cue's words when its first word, at <paramref name="start"/>, is followed by the others.</summary>
    private static List<int>? Match(IReadOnlyList<Word> words, string[] cue, int start, bool[]? transparent)
    {
        var positions = new List<int> { start };
        for (var j = 1; j < cue.Length; j++)
        {
            var next = Next(words, cue[j], positions[^1] + 1, transparent);
            if (next < 0) return null;
            positions.Add(next);
        }
        return positions;
    }

    /// <summary>Where the cue word comes from <paramref name="from"/> on, past at most one extra word that is not transparent; else -1.</summary>
    private static int Next(IReadOnlyList<Word> words, string cueWord, int from, bool[]? transparent)
    {
        var extra = 0;
        for (var i = from; i < words.Count && extra <= MostExtraWords; i++)
        {
            if (EditDistance.Matches(words[i].Lower, cueWord)) return i;
            if (transparent is null || !transparent[i]) extra++;
        }
        return -1;
    }
}
