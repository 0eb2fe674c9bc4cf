namespace WorkingParty.Minutes.Recognition;

/// <summary>
/// Whether a sentence can name a delegation at all, by one pass over its words: the actor patterns that need a
/// delegation's spelling (<see cref="PatternTemplate.NeedsDelegation"/>) try a ~100-spelling alternation at almost
/// every word, and most of the work is on sentences that name none. Built from the spellings the patterns' placeholders
/// are made of (<see cref="PatternTemplate.DelegationSpellings"/>): each spelling's longest word ("Netherlands" for
/// "the Netherlands") is a whole word of any sentence a pattern finds the spelling in, since every placeholder stands
/// between word boundaries, spaces or commas, and the patterns are case-sensitive.
/// </summary>
public sealed partial class DelegationWords
{
    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public DelegationWords(IEnumerable<string> spellings)
    {
        var words = spellings.Select(LongestWord).ToHashSet(StringComparer.Ordinal);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>False only when no word of the sentence is a delegation spelling's longest word.</summary>
    public bool MayName(string sentence)
    {
        foreach (var word in Word().EnumerateMatches(sentence))
        {
            if (_words.Contains(sentence.AsSpan(word.Index, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static string LongestWord(string spelling) =>
        Word().Matches(spelling).Select(m => m.Value).MaxBy(w => w.Length)
        ?? throw new InvalidDataException($"The delegation spelling '{spelling}' has no word.");
}
