using System.Globalization;

namespace WorkingParty.Answers.Composition;

/// <summary>
/// The clause of a sentence that gives one of its dates: the words from the date before it (or the sentence's start) to
/// the date, "and the TIDE on 16 March" in "The REEF will next meet on 8 March and the TIDE on 16 March".
/// </summary>
internal static class DateClauses
{
    /// <summary>The date's clause, or null when the sentence writes the date with no month name beside its day.</summary>
    public static List<Word>? Of(string sentence, DateOnly date)
    {
        var words = Words.Split(sentence);
        var months = Vocabulary.Default.Months;
        var day = date.Day.ToString(CultureInfo.InvariantCulture);
        bool IsDay(int i, string? asked) => i >= 0 && i < words.Count && StartsWithDay(words[i].Lower, asked);
        bool IsMention(int i, string? asked) => months.ContainsKey(words[i].Lower) && (IsDay(i - 1, asked) || IsDay(i + 1, asked));
        var start = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsMention(i, null)) continue;
            if (months[words[i].Lower] == date.Month && IsMention(i, day)) return words.Skip(start).Take(i + 1 - start).ToList();
            start = i + 1;
        }
        return null;
    }

    /// <summary>Whether the word is a day in figures ("8", "8th", "8-9"), this day when one is asked.</summary>
    private static bool StartsWithDay(string word, string? day) =>
        word.Length > 0 && char.IsAsciiDigit(word[0])
        && (day is null || (word.StartsWith(day, StringComparison.Ordinal) && (word.Length == day.Length || !char.IsAsciiDigit(word[day.Length]))));
}
