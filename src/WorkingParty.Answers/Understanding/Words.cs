using System.Text.RegularExpressions;

namespace WorkingParty.Answers.Understanding;

/// <summary>One word of a question or a name, lower-cased, with its original spelling.</summary>
internal readonly record struct Word(string Lower, string Original);

internal static partial class Words
{
    [GeneratedRegex(@"[\p{L}\p{N}#][\p{L}\p{N}#'’/-]*")]
    private static partial Regex WordPattern();

    /// <summary>Splits text into words, dropping punctuation and a trailing possessive ("Hungary's").</summary>
    public static IReadOnlyList<Word> Split(string text)
    {
        var words = new List<Word>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var original = match.Value.TrimEnd('-', '/', '\'', '’');
            if (original.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || original.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
                original = original[..^2];
            if (original.Length > 0) words.Add(new Word(original.ToLowerInvariant(), original));
        }
        return words;
    }
}
