namespace WorkingParty.Answers.Library;

/// <summary>
/// The file codes of a document reference in an item's title ("(doc. 5120/36 COFER 28 JUR 61)"): a word in capitals
/// with a number after it there is the code of a Council file series, not a word the title uses.
/// </summary>
internal static partial class TitleFileCodes
{
    [GeneratedRegex(@"\G\s+[0-9]")]
    private static partial Regex NumberAfter();

    /// <summary>Whether the title holds the word (as written in any case) only as a file code: in capitals with a number after it, each time.</summary>
    public static bool OnlyAsFileCode(string title, string word)
    {
        var matches = Regex.Matches(title, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return matches.Count > 0 && matches.All(m => !m.Value.Any(char.IsLower) && NumberAfter().IsMatch(title, m.Index + m.Length));
    }
}
