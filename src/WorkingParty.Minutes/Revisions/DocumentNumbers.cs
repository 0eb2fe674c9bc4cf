namespace WorkingParty.Minutes.Revisions;

/// <summary>
/// Council document numbers as revisions share them: "7130/17", "7130/1/17 REV 1" and "7130/17 COR 1" are one
/// document; so are "WK 2569/2017" and "WK 2569/2017 REV 1".
/// </summary>
public static partial class DocumentNumbers
{
    /// <summary>The number without its revision or corrigendum ("7130/17"), or null when there is none.</summary>
    public static string? Base(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var text = Spaces().Replace(number.Trim().ToUpperInvariant(), " ");
        text = Suffix().Replace(text, "");
        text = Prefix().Replace(text, "");
        return RevisionInfix().Replace(text, "$1/$2");
    }

    /// <summary>Whether the two numbers are versions of one document (the same number counts too).</summary>
    public static bool SameDocument(string? one, string? other) => Base(one) is { } first && first == Base(other);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\s*\b(REV|COR|ADD|AMD)\s*\d*)+\s*$")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"^(ST|DOC\.?)\s+")]
    private static partial Regex Prefix();

    /// <summary>"7130/1/17" is revision 1 of "7130/17".</summary>
    [GeneratedRegex(@"^((?:WK\s)?\d+)/\d{1,2}/(\d{2,4})$")]
    private static partial Regex RevisionInfix();
}
