namespace WorkingParty.Answers.Understanding;

/// <summary>
/// A word of the question as the minutes spell it: a short name they define but never use ("SSR"), or its plural
/// ("SSRs"), is the words it stands for, a one-letter slip of one of their longer words is that word, a number in
/// digits they never write alone is their number word ("4" is "four"), and a short name glued to a number ("COP29") is
/// the name and the number.
/// </summary>
/// <param name="isIndexed">Whether the minutes hold a word.</param>
/// <param name="abbreviation">The phrase a short name the minutes define (and do not use) stands for, or null.</param>
/// <param name="respelled">The word of the minutes one letter away from a word they never use, or null.</param>
internal sealed partial class MinutesSpelling(Vocabulary vocabulary, FillerWords fillers, Func<string, bool> isIndexed,
    Func<string, string?> abbreviation, Func<string, string?> respelled)
{
    /// <summary>A word of the question this long that the minutes never use may be one of theirs with one wrong letter.</summary>
    public const int ShortestRespelled = 7;

    /// <summary>A word of the question this long that the minutes never use may be one of theirs with a doubled letter written once ("acess").</summary>
    private const int ShortestUndoubled = 5;

    private readonly IReadOnlyDictionary<string, string> _shorthand = vocabulary.CouncilShorthand;
    private readonly IReadOnlyDictionary<string, string> _capitalShorthand = vocabulary.CapitalShorthand;

    /// <summary>The words of each number, cardinal first ("4": "four", "fourth").</summary>
    private readonly ILookup<int, string> _numberWords = vocabulary.NumberWords.ToLookup(n => n.Value, n => n.Key);

    /// <summary>A plural short name has at least three capitals before its "s".</summary>
    private const int ShortestPlural = 3;

    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    [GeneratedRegex(@"^(?<name>\p{L}{2,})(?<number>\d{1,3})$")]
    private static partial Regex GluedNumber();

    /// <summary>
    /// A short name the minutes define (or whose initials they spell) but never use in that form ("SSR") is the words it
    /// stands for; so is capital shorthand ("US") whose words the minutes use; a short name glued to a number they do
    /// not use ("COP29") is the name and the number ("29th" when the minutes write it so).
    /// </summary>
    public IEnumerable<string> Spelled(Word written)
    {
        var word = written.Lower;
        if ((abbreviation(word) ?? (IsPluralShortName(written.Original) ? abbreviation(word[..^1]) : null)) is { } phrase)
            return Words.Split(phrase).Select(w => w.Lower).Where(w => !fillers.Contains(w));
        if (_shorthand.TryGetValue(word, out var full) && !isIndexed(word) && Words.Split(full).Any(w => isIndexed(w.Lower)))
            return Words.Split(full).Select(w => w.Lower).Where(w => !fillers.Contains(w));
        if (_capitalShorthand.TryGetValue(written.Original, out var capitalised) && Words.Split(capitalised).All(w => isIndexed(w.Lower)))
            return Words.Split(capitalised).Select(w => w.Lower).Where(w => !fillers.Contains(w));
        if (word.Length >= ShortestRespelled && word.All(char.IsLetter) && !isIndexed(word) && respelled(word) is { } known) return [known];
        if (word.Length >= ShortestUndoubled && word.All(char.IsLetter) && !isIndexed(word) && Redoubled(word) is { } doubled) return [doubled];
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && !isIndexed(word) && _numberWords[count].FirstOrDefault(isIndexed) is { } spelledOut)
        {
            return [spelledOut];
        }

        var glued = GluedNumber().Match(word);
        if (!glued.Success || isIndexed(word)) return [word];
        var (name, number) = (glued.Groups["name"].Value, glued.Groups["number"].Value);
        var ordinal = number + Ordinal(int.Parse(number));
        return [.. Spelled(new Word(name, name)), !isIndexed(number) && isIndexed(ordinal) ? ordinal : number];
    }

    /// <summary>The word of the minutes the word is with one of its letters doubled ("acess": "access", "comittee": "committee"), or null.</summary>
    private string? Redoubled(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (i + 1 < word.Length && word[i + 1] == word[i]) continue;
            var candidate = word.Insert(i, word[i].ToString());
            if (isIndexed(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>"SSOs", "NGOs": capitals, then a lower-case plural "s" ("EYCS" is a short name in its own right).</summary>
    private static bool IsPluralShortName(string word) =>
        word.Length > ShortestPlural && word[^1] == 's' && !word.AsSpan(0, word.Length - 1).ContainsAnyExcept(UpperLetters);

    private static string Ordinal(int number) => (number % 100, number % 10) switch
    {
        ( >= 11 and <= 13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
}
