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
        // Any match is at most one letter shorter or two longer ("keys" one edit away): most words fail here, cheaply.
        if (word.Length < key.Length - 1 || word.Length > key.Length + 2) return false;
        if (word == key || IsPlural(word, key)) return true;
        if (key.Length < fuzzyFrom) return false;
        return AtMostOne(word, key) || (word.EndsWith('s') && AtMostOne(word.AsSpan(0, word.Length - 1), key));
    }

    private static bool IsPlural(string word, string key) =>
        word.Length == key.Length + 1 && word[^1] == 's' && word.StartsWith(key, StringComparison.Ordinal);

    /// <summary>Optimal string alignment distance of at most one (insert, delete, substitute or swap two neighbours).</summary>
    private static bool AtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length || i == b.Length) return true;
        if (a.Length == b.Length)
        {
            return a[(i + 1)..].SequenceEqual(b[(i + 1)..])
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]));
        }
        return a.Length > b.Length
            ? a[(i + 1)..].SequenceEqual(b[i..])
            : a[i..].SequenceEqual(b[(i + 1)..]);
    }
}
