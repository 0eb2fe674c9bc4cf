namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Chat typos in the short words that say what a question asks ("whta", "wen", "nxt"): a word of three or four letters
/// that the minutes never use and that is one edit away from a filler or a cue word of four letters or more is read as
/// that word; a longer one that far from a month's name is that month, and one with two neighbouring letters of a filler
/// swapped ("itmes") is that filler. Other longer words are tolerated where they are
/// matched (<see cref="EditDistance"/>); chat spellings too far from their word ("abt") are listed in vocabulary.json.
/// </summary>
internal sealed class Typos
{
    private const int ShortestTypo = 3;
    private const int LongestTypo = 4;
    private readonly HashSet<string> _known;
    private readonly string[] _targets;
    private readonly string[] _months;
    private readonly string[] _longFillers;
    private readonly HashSet<string> _numberWords;
    private readonly IReadOnlyDictionary<string, string> _spellings;
    private readonly Func<string, bool> _isIndexed;

    public Typos(Vocabulary vocabulary, Func<string, bool> isIndexed)
    {
        _isIndexed = isIndexed;
        _spellings = vocabulary.ChatSpellings;
        var cueWords = vocabulary.Intents.SelectMany(i => i.Cues).SelectMany(c => Words.Split(c)).Select(w => w.Lower);
        _known = [.. vocabulary.Fillers, .. cueWords, .. vocabulary.Months.Keys, .. vocabulary.MonthParts.Keys, .. vocabulary.MeetingWords, .. vocabulary.SaidCues];
        _targets = _known.Where(w => w.Length >= LongestTypo && w.All(char.IsLetter)).Order(StringComparer.Ordinal).ToArray();
        _months = vocabulary.Months.Keys.Where(m => m.Length > LongestTypo && m.All(char.IsLetter)).Order(StringComparer.Ordinal).ToArray();
        _longFillers = vocabulary.Fillers.Where(f => f.Length > LongestTypo && f.All(char.IsLetter)).Order(StringComparer.Ordinal).ToArray();
        _numberWords = [.. vocabulary.NumberWords.Keys];
    }

    /// <param name="names">Whether a word names an actor or a working party ("COM", "Cion", "TWP"): those are never typos.</param>
    public IReadOnlyList<Word> Correct(IReadOnlyList<Word> words, Func<int, bool> names)
    {
        List<Word>? corrected = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (Corrected(words[i].Lower) is not { } word || words[i].Original.Count(char.IsUpper) > 1 || names(i)) continue;
            corrected ??= [.. words];
            corrected[i] = words[i] with { Lower = word };
        }
        return corrected ?? words;
    }

    private string? Corrected(string word)
    {
        if (_spellings.TryGetValue(word, out var spelled)) return spelled;
        if (word.Length > LongestTypo) return Month(word) ?? Swapped(word);
        if (word.Length < ShortestTypo || !word.All(char.IsLetter) || _known.Contains(word)) return null;
        string? found = null;
        foreach (var target in _targets)
        {
            if (!EditDistance.Matches(word, target, fuzzyFrom: LongestTypo) || IsPlural(word, target)) continue;
            if (found is null || (target[0] == word[0] && found[0] != word[0])) found = target;
        }
        return found is null || _isIndexed(word) ? null : found;
    }

    /// <summary>A longer word one edit away from a month's name ("septmber", "janaury") that the minutes never use.</summary>
    private string? Month(string word)
    {
        if (!word.All(char.IsLetter) || _known.Contains(word)) return null;
        var month = _months.FirstOrDefault(m => EditDistance.Matches(word, m, fuzzyFrom: LongestTypo + 1) && !IsPlural(word, m));
        return month is null || _isIndexed(word) ? null : month;
    }

    /// <summary>
    /// A longer word the minutes never use with two neighbouring letters of a filler swapped ("itmes"): read as the filler,
    /// it leaves the topic. Never a cue word ("strat" is a clipped "strategy", not "start" asking for the start of a month),
    /// and never a number's word ("three" is no "there").
    /// </summary>
    private string? Swapped(string word)
    {
        if (!word.All(char.IsLetter) || _known.Contains(word) || _numberWords.Contains(word)) return null;
        var target = Array.Find(_longFillers, f => f.Length == word.Length && NeighboursSwapped(word, f));
        return target is null || _isIndexed(word) ? null : target;
    }

    private static bool NeighboursSwapped(string word, string target)
    {
        var i = 0;
        while (i < word.Length && word[i] == target[i]) i++;
        return i + 1 < word.Length && word[i] == target[i + 1] && word[i + 1] == target[i] && word.AsSpan(i + 2).SequenceEqual(target.AsSpan(i + 2));
    }

    private static bool IsPlural(string word, string target) => word == target + "s";
}
