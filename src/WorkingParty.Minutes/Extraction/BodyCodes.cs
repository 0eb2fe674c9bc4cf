namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// The header's classification codes that are the meeting body's own acronym, not filing or another body's: the initials
/// of its name (bracket aside), with the Council's "CO" before them or not ("COLAC 71" for the Working Party on Latin
/// America and the Caribbean); a code of four letters or more that begins the name's first content word ("SEAF" for
/// the Working Party on Seafaring); or the first two letters of each of its content words ("COCA" for Coastal/Canals).
/// </summary>
public static class BodyCodes
{
    private static readonly Regex Bracketed = new(@"\s*\([^()]+\)\s*$", RegexOptions.CultureInvariant);

    /// <summary>The words of a name that its initials leave out: body nouns and joining words.</summary>
    private static readonly HashSet<string> Uninitialled = new(["Working", "Party", "Group", "Committee", "on", "of", "the", "and", "for", "in"], StringComparer.OrdinalIgnoreCase);
    /// <summary>A name of one word has no initials to speak of.</summary>
    private const int ShortestInitials = 2;
    private const int ShortestCode = 3;
    private const int ShortestWordStart = 4;

    public static IEnumerable<string> OwnAcronyms(string body, IEnumerable<string> codes)
    {
        var words = Bracketed.Replace(body, "").Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Uninitialled.Contains(w) && char.IsUpper(w[0])).ToList();
        var initials = words.Count >= ShortestInitials ? string.Concat(words.Select(w => w[0])) : null;
        if (words.Count == 0)
        {
            return [];
        }

        var twoLetters = words.Count >= ShortestInitials && words.All(w => w.Length >= 2) ? string.Concat(words.Select(w => w[..2])) : null;
        return codes.Select(c => c.Split(' ')[0])
            .Where(letters => letters.Length >= ShortestCode && ((initials is not null && (letters == initials || letters == "CO" + initials))
                || (letters.Length >= ShortestWordStart && words[0].StartsWith(letters, StringComparison.OrdinalIgnoreCase))
                || string.Equals(letters, twoLetters, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal);
    }
}
