namespace WorkingParty.Answers.Understanding;

/// <summary>The number of the agenda item a question names: "item 3", "point three", "#4", "the third item".</summary>
internal sealed partial class ItemNumbers(Vocabulary vocabulary)
{
    [GeneratedRegex(@"^(?:#|item|point)?(\d{1,3})(?:st|nd|rd|th)?$")]
    private static partial Regex Numeral();

    /// <summary>The first item number the question names, its words marked used; or null.</summary>
    public int? Find(IReadOnlyList<Word> words, bool[] used)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Lower;
            var glued = Numeral().Match(word);
            if (glued.Success && word[0] is '#' or 'i' or 'p')
                return Take(used, i, 1, int.Parse(glued.Groups[1].Value));
            if (!vocabulary.ItemWords.Contains(word)) continue;
            // "agenda items 14 April": a number before a month's name is the day of a date, not an item's.
            if (i + 1 < words.Count && NumberAt(words[i + 1].Lower) is { } after && !(i + 2 < words.Count && vocabulary.Months.ContainsKey(words[i + 2].Lower)))
                return Take(used, i, 2, after);
            if (i > 0 && vocabulary.NumberWords.TryGetValue(words[i - 1].Lower, out var ordinal)) return Take(used, i - 1, 2, ordinal);
        }
        return null;
    }

    private int? NumberAt(string word)
    {
        if (vocabulary.NumberWords.TryGetValue(word, out var number)) return number;
        var numeral = Numeral().Match(word);
        return numeral.Success && !QuestionDates.IsYear(word) ? int.Parse(numeral.Groups[1].Value) : null;
    }

    private static int Take(bool[] used, int start, int length, int value)
    {
        for (var j = start; j < start + length; j++) used[j] = true;
        return value;
    }
}
