namespace WorkingParty.Answers.Understanding;

/// <summary>
/// A phrase that scopes a question over the whole library ("over all WPs", "in every group", "across the working
/// parties"): a scope word, "the" maybe, then body nouns, with the preposition before.
/// </summary>
internal sealed class LibraryScopePhrases(LibraryScope scope)
{
    /// <summary>
    /// The question without its library scope phrases. A question that names no body asks of every body already; left
    /// in, "over" would ask for past deadlines and "across" be a topic.
    /// </summary>
    public IReadOnlyList<Word> Without(IReadOnlyList<Word> words)
    {
        HashSet<int>? dropped = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!scope.Words.Contains(words[i].Lower)) continue;
            var j = i + 1;
            while (j < words.Count && words[j].Lower is "the" or "our" or "of" && j - i <= 2) j++;
            var end = j;
            while (end < words.Count && scope.Nouns.Contains(words[end].Lower)) end++;
            if (end == j) continue;
            var start = i > 0 && scope.Prepositions.Contains(words[i - 1].Lower) ? i - 1 : i;
            dropped ??= [];
            for (var k = start; k < end; k++) dropped.Add(k);
            i = end;
        }
        return dropped is null ? words : [.. words.Where((_, i) => !dropped.Contains(i))];
    }
}
