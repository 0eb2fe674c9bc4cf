namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// The header's classification codes that are the meeting body's own acronym, not filing or another body's: the initials
/// of its name (bracket aside), with the Council's "CO" before them or not ("COLAC 71" for the Working Party on Latin
/// America and the Caribbean) or, for a working party, "WP" after them ("TQWP" for the Trade Questions Working Party); a code of four letters or more that begins the name's first content word ("SEAF" for
/// the Working Party on Seafaring); the first two letters of each of its content words ("COCA" for Coastal/Canals); or,
/// in six letters or more, the starts of all its content words in any order ("PROCIV" for Civil Protection); or a code
/// the Subject writes before a meeting word ("Outcome of proceedings of the COCON meeting").
/// </summary>
public static class BodyCodes
{
    private static readonly Regex Bracketed = new(@"\s*\([^()]+\)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex WorkingParty = new(@"^(?:[^()]*\s)?Working\s+Party\b", RegexOptions.CultureInvariant);

    /// <summary>The words of a name that its initials leave out: body nouns and joining words.</summary>
    private static readonly HashSet<string> Uninitialled = new(["Working", "Party", "Group", "Committee", "on", "of", "the", "and", "for", "in"], StringComparer.OrdinalIgnoreCase);
    /// <summary>A name of one word has no initials to speak of.</summary>
    private const int ShortestInitials = 2;
    private const int ShortestCode = 3;
    private const int ShortestWordStart = 4;
    private const int ShortestWordStartsCode = 6;

    /// <param name="subject">The Subject: field or title: a code it writes before a meeting word ("the COCON meeting") is ours too.</param>
    public static IEnumerable<string> OwnAcronyms(string body, IEnumerable<string> codes, string? subject = null)
    {
        var words = Bracketed.Replace(body, "").Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Uninitialled.Contains(w) && char.IsUpper(w[0])).ToList();
        var initials = words.Count >= ShortestInitials ? string.Concat(words.Select(w => w[0])) : null;
        if (words.Count == 0)
        {
            return [];
        }

        // "TQWP" for the Trade Questions Working Party: its initials with the working party's "WP".
        var withWp = initials is not null && WorkingParty.IsMatch(body) ? initials + "WP" : null;
        var twoLetters = words.Count >= ShortestInitials && words.All(w => w.Length >= 2) ? string.Concat(words.Select(w => w[..2])) : null;
        return codes.Select(c => c.Split(' ')[0])
            .Where(letters => letters.Length >= ShortestCode && ((initials is not null && (letters == initials || letters == "CO" + initials || letters == withWp))
                || (letters.Length >= ShortestWordStart && words[0].StartsWith(letters, StringComparison.OrdinalIgnoreCase))
                || string.Equals(letters, twoLetters, StringComparison.OrdinalIgnoreCase)
                || letters.Length >= ShortestWordStartsCode && words.Count >= ShortestInitials && OfWordStarts(letters, words)
                || subject is not null && BeforeMeetingWord(subject, letters)))
            .Distinct(StringComparer.Ordinal);
    }

    private static readonly Regex CodeBeforeMeetingWord = new(@"(?<![\w-])(?<code>\p{Lu}[\p{Lu}\d]{2,9})\s+(?:meeting|videoconference|VTC)s?\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// The short names the text writes before a meeting word ("the ORCH meeting scheduled for ..."): candidates for
    /// <see cref="OwnAcronyms"/>, which keeps only those that are the body's own.
    /// </summary>
    public static IEnumerable<string> BeforeMeetingWords(string text) =>
        CodeBeforeMeetingWord.Matches(text).Select(m => m.Groups["code"].Value).Distinct(StringComparer.Ordinal);

    private static bool BeforeMeetingWord(string subject, string letters) =>
        Regex.IsMatch(subject, @"(?<![\w-])" + Regex.Escape(letters) + @"\s+(?:meeting|videoconference|VTC|session|Working\s+Party|WP)\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// "PROCIV" for Civil Protection: the code is the starts of all the content words, at least three letters each, in
    /// any order.
    /// </summary>
    private static bool OfWordStarts(string letters, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return letters.Length == 0;
        }

        for (var w = 0; w < words.Count; w++)
        {
            for (var length = ShortestCode; length <= Math.Min(words[w].Length, letters.Length); length++)
            {
                if (string.Compare(letters, 0, words[w], 0, length, StringComparison.OrdinalIgnoreCase) == 0
                    && OfWordStarts(letters[length..], [.. words.Where((_, i) => i != w)]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
