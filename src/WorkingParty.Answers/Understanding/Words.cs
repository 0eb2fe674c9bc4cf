using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkingParty.Answers.Understanding;

/// <summary>One word of a question or a name, lower-cased, with its original spelling.</summary>
internal readonly record struct Word(string Lower, string Original);

internal static partial class Words
{
    [GeneratedRegex(@"[\p{L}\p{N}#][\p{L}\p{N}#'’/-]*")]
    private static partial Regex WordPattern();

    /// <summary>The word without diacritics: "lübeck" is "lubeck", "señor" "senor".</summary>
    public static string Folded(string word)
    {
        if (word.All(char.IsAscii)) return word;
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) kept.Append(c);
        }
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Splits text into words, dropping punctuation and a trailing possessive ("Hungary's").</summary>
    public static IReadOnlyList<Word> Split(string text)
    {
        var words = new List<Word>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var original = match.Value.TrimEnd('-', '/', '\'', '’');
            if (original.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || original.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
                original = original[..^2];
            if (original.Length > 0) words.Add(new Word(Folded(original.ToLowerInvariant()), original));
        }
        return words;
    }
}
