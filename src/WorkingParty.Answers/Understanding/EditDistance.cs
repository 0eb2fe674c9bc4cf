namespace WorkingParty.Answers.Understanding;

/// <summary>Tolerance for one-letter typos ("dealine", "agena", "meetign") in key words.</summary>
internal static class EditDistance
{
    private const int ShortestFuzzyWord = 5;

    /// <summary>
    /// True when <paramref name="word"/> is <paramref name="key"/>, its plural, or (for keys of at least
    /// <paramref name="fuzzyFrom"/> letters) one edit away from either.
    /// </summary>
    public static bool Matches(string word, string key, int fuzzyFrom = ShortestFuzzyWord)
    {
        if (word == key || word == key + "s") return true;
        if (key.Length < fuzzyFrom) return false;
        return AtMostOne(word, key) || (word.EndsWith('s') && AtMostOne(word[..^1], key));
    }

    /// <summary>Optimal string alignment distance of at most one (insert, delete, substitute or swap two neighbours).</summary>
    private static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length || i == b.Length) return true;
        if (a.Length == b.Length)
        {
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }
        return a.Length > b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i))
            : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
