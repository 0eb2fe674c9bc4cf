using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace WorkingParty.Answers.Understanding;

/// <summary>One word of a question or a name, lower-cased, with its original spelling.</summary>
internal readonly record struct Word(string Lower, string Original);

internal static partial class Words
{
    /// <summary>The most characters one character folds to ("ǆ" is "dz", "⑴" is "(1)").</summary>
    private const int MostFoldedCharacters = 4;

    /// <summary>What a word never ends on: "member-", "and/", "Members'".</summary>
    private const string TrailingPunctuation = "-/'’";

    [GeneratedRegex(@"[\p{L}\p{N}#][\p{L}\p{N}#'’/-]*")]
    private static partial Regex WordPattern();

    /// <summary>
    /// The word without diacritics: "lübeck" is "lubeck", "señor" "senor"; folded as the index folds its words
    /// (<see cref="ASCIIFoldingFilter"/>). Not by Unicode normalisation, which invariant globalisation leaves undone.
    /// </summary>
    public static string Folded(string word)
    {
        if (Ascii.IsValid(word)) return word;
        var input = word.ToCharArray();
        var output = new char[input.Length * MostFoldedCharacters];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    /// <summary>Splits text into words, dropping punctuation and a trailing possessive ("Hungary's").</summary>
    public static IReadOnlyList<Word> Split(string text)
    {
        // Matches as spans: every sentence of the minutes is split while the library is built, and a Match per word was
        // most of what that allocated.
        var words = new List<Word>();
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            var span = text.AsSpan(match.Index, match.Length).TrimEnd(TrailingPunctuation);
            if (span.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || span.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
                span = span[..^2];
            if (span.Length == 0) continue;
            var original = span.ToString();
            words.Add(new Word(Folded(original.ToLowerInvariant()), original));
        }
        return words;
    }
}
