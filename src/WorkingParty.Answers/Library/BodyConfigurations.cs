namespace WorkingParty.Answers.Library;

/// <summary>
/// The stored bodies that are meetings of a working party under another name, which a question naming the party names
/// too: its configurations ("Working Party on Tides (Neap Tides)" of the Working Party on Tides, or of "... (TIDES)"),
/// and the joint meetings whose name brackets its short name ("... (Joint TIDES/COAST)", "(TIDES-X) and the ...") or
/// writes its name as one of the bodies ("Working Party on Currents and the Working Party on Tides").
/// </summary>
internal static partial class BodyConfigurations
{
    /// <summary>A bracket at the end of a name, short name or qualifier: "(Neap Tides)", "(TIDES)".</summary>
    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex TrailingBracket();

    /// <summary>A short name in capitals at the end of a name: "(TIDES)", "(TIDES WP)".</summary>
    [GeneratedRegex(@"\((?<short>\p{Lu}[\p{Lu}\d&]{2,11})(?:\s+[\p{L}\d&-]{1,11}){0,2}\)\s*$")]
    private static partial Regex TrailingShortName();

    /// <summary>A joint meeting: "joint" in its name, or two bodies in it ("A and the Working Party on B").</summary>
    [GeneratedRegex(@"\bjoint\b|\band\s+(?:of\s+)?the\s+(?:\p{Lu}[\w/-]*\s+)*(?:Working\s+Party|Working\s+Group|Committee|Group)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Joint();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Bracket();

    /// <summary>The name without the bracket it ends with: "Working Party on Tides" for "... (Neap Tides)" or "... (TIDES)".</summary>
    public static string WithoutTrailingBracket(string body) => TrailingBracket().Replace(body, "");

    /// <summary>Whether the name is a joint meeting's: "joint" in it, or two bodies ("... and the Working Party on ...").</summary>
    public static bool IsJoint(string body) => Joint().IsMatch(body);

    /// <summary>
    /// The bodies of a joint meeting ("Working Party on Salt-Marsh Restoration and the Working Party on Coastal Erosion
    /// (COER)"), each written in full with a body noun; none for a body's own name.
    /// </summary>
    public static string[] JointParts(string body) =>
        body.Split(" and the ", StringSplitOptions.TrimEntries) is { Length: > 1 } parts
            && parts.All(p => Words.Split(p).Any(w => BodyNames.Nouns.Contains(w.Lower))) ? parts : [];

    /// <summary>Whether <paramref name="other"/> is a meeting of <paramref name="party"/> under another name.</summary>
    public static bool Of(string party, string other)
    {
        if (party == other) return false;
        if (JointParts(other).Any(p => p == party || WithoutTrailingBracket(p) == party)) return true;
        var bare = WithoutTrailingBracket(other);
        if (bare != other && bare == party) return true;
        // "Working Party on Canals (Locks)" of the party renamed "Working Party on Canals and Inland Waterways".
        if (bare != other && !IsJoint(party) && party.StartsWith(bare + " and ", StringComparison.Ordinal)) return true;
        if (TrailingShortName().Match(party) is not { Success: true } shortName) return false;
        if (bare != other && bare == WithoutTrailingBracket(party)) return true;
        return Brackets(other, shortName.Groups["short"].Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether two names are one configuration under differently worded parents: the same closing bracket, as
    /// "Working Party on Fisheries (Aquaculture)" and "Working Party on Fisheries and Oceans (Aquaculture)" after the
    /// parent was renamed.
    /// </summary>
    public static bool SameConfiguration(string one, string other) =>
        one != other && TrailingBracket().Match(one) is { Success: true } bracket && TrailingBracket().Match(other) is { Success: true } theirs
        && string.Equals(bracket.Value.Trim(), theirs.Value.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="other"/> is a joint meeting whose name brackets the short name ("... (Joint TIDES/COAST)"),
    /// compared as <paramref name="comparer"/> says (a header code "MAMA" is the note's "MaMa").
    /// </summary>
    public static bool Brackets(string other, string shortName, StringComparer comparer) =>
        IsJoint(other) && Bracket().Matches(other)
            .SelectMany(b => b.Groups[1].Value.Split(['/', '-', ' '], StringSplitOptions.RemoveEmptyEntries))
            .Contains(shortName, comparer);
}
