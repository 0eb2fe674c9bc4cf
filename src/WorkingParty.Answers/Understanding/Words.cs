using Lucene.Net.Analysis.Miscellaneous;

namespace WorkingParty.Answers.Understanding;

/// <summary>One word of a question or a name, lower-cased, with its original spelling.</summary>
internal readonly record struct Word(string Lower, string Original);

internal static partial class Words
{
    /// <summary>The most characters one character folds to ("ǆ" is "dz", "⑴" is "(1)").</summary>
    private const int MostFoldedCharacters = 4;

    [GeneratedRegex(@"[\p{L}\p{N}#][\p{L}\p{N}#'’/-]*")]
    private static partial Regex WordPattern();

    /// <summary>
    /// The word without diacritics: "lübeck" is "lubeck", "señor" "senor"; folded as the index folds its words
    /// (<see cref="ASCIIFoldingFilter"/>). Not by Unicode normalisation, which invariant globalisation leaves undone.
    /// </summary>
    public static string Folded(string word)
    {
        if (word.All(char.IsAscii)) return word;
        var input = word.ToCharArray();
        var output = new char[input.Length * MostFoldedCharacters];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
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
