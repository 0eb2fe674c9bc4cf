namespace WorkingParty.Answers.Composition;

/// <summary>
/// References cited together after a list of names ("the action plans with Chile, Peru and Ecuador (docs 9120/31,
/// 9121/31 and 9122/31)"): the names and the references go in the same order, as "respectively" says, so the topic
/// naming one of the names asks for the reference in its place. When the list and the references differ in number,
/// no reference can be told the topic's.
/// </summary>
internal static partial class ListedReferences
{
    /// <summary>A middle name of a list is short ("Peru", "the Western Balkans"); a longer run between commas is no name.</summary>
    private const int LongestName = 4;

    /// <summary>
    /// The references of <paramref name="group"/> whose names in the list before it hold the most topic terms; empty when
    /// the topic names one of the list's names but the list and the group differ in number; null when the text before
    /// the group lists no names, or the topic names none of them (the caller keeps its own choice then).
    /// </summary>
    /// <param name="before">The sentence's text from the reference before the group (or its start) to the group.</param>
    /// <param name="group">The references cited together, in the sentence's order (two or more).</param>
    public static IReadOnlyList<string>? ByPosition(string before, IReadOnlyList<string> group, IReadOnlyCollection<string> topicTerms)
    {
        if (Names(before) is not { } names) return null;
        var hits = names.Select(n => Concepts.TermsOf(n).Count(topicTerms.Contains)).ToList();
        var most = hits.Max();
        if (most == 0) return null;
        if (names.Count != group.Count) return [];
        return [.. group.Where((_, i) => hits[i] == most)];
    }

    /// <summary>"... with Chile, Peru and Ecuador (docs ": the names listed right before the references, in order; else null.</summary>
    private static List<string>? Names(string before)
    {
        var text = Opening().Replace(before, "");
        var and = LastAnd().Match(text);
        if (!and.Success) return null;
        var last = text[(and.Index + and.Length)..].Trim();
        if (last.Length == 0 || last.Contains(',', StringComparison.Ordinal)) return null;
        var pieces = text[..and.Index].Split(',', StringSplitOptions.TrimEntries);
        var middle = new List<string>();
        var i = pieces.Length - 1;
        for (; i > 0 && WordCount(pieces[i]) is > 0 and <= LongestName; i--) middle.Insert(0, pieces[i]);
        var others = middle.Append(last).ToList();
        var firstWords = pieces[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var longest = others.Max(WordCount);
        if (firstWords.Length == 0) return null;
        return [string.Join(' ', firstWords.TakeLast(longest)), .. others];
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>What opens the references: " (docs ", " (doc. ", ", documents ".</summary>
    [GeneratedRegex(@"[\s,(]*(?:(?:docs?|documents?|refs?)\.?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    /// <summary>The last "and" of the text, outside a comma it would follow ("Chile, Peru and Ecuador", "Chile, Peru, and Ecuador").</summary>
    [GeneratedRegex(@",?\s+(?:and|&)\s+(?!.*\s(?:and|&)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LastAnd();
}
