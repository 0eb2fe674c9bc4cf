namespace WorkingParty.Answers.Library;

/// <summary>
/// One working party written with its acronym in brackets in some minutes ("Working Party on Africa (COAFR)") and
/// without it in others is one body: every meeting of it takes the spelling with the acronym, so that the latest
/// meeting, the next one and the short name all belong to the same body. The short name may be of several words
/// ("Working Party on Ports (PORTS WP)", "Friends of the Presidency Group on Cyber (FoP Cyber)"). A bracketed
/// qualifier in words whose initials another spelling brackets ("(Coastal Buoy Group)" and "(CBG)") is that acronym.
/// A joint meeting's name ("... (Joint REEF/TIDE)") is no spelling of one of its bodies. Names bracketing the same
/// acronym are one body renamed: the newest name is kept.
/// </summary>
internal static partial class BodySpellings
{
    private const int ShortestQualifierInitials = 2;

    public static IReadOnlyList<Meeting> Unify(IReadOnlyList<Meeting> meetings)
    {
        var written = meetings.Select(m => m.Body).ToHashSet(StringComparer.Ordinal);
        var spelling = written.ToDictionary(b => b, b => WithQualifierInitials(b) is { } acronym && written.Contains(acronym) ? acronym : b, StringComparer.Ordinal);
        var groups = spelling.Values.Distinct(StringComparer.Ordinal).Where(b => !BodyConfigurations.IsJoint(b))
            .GroupBy(WithoutAcronym, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1 && g.Any(b => b != g.Key));
        foreach (var group in groups)
        {
            var chosen = group.Where(s => s != group.Key).OrderBy(s => s, StringComparer.Ordinal).First();
            foreach (var body in spelling.Keys.Where(b => group.Contains(spelling[b], StringComparer.Ordinal)).ToList()) spelling[body] = chosen;
        }
        foreach (var renamed in spelling.Values.Distinct(StringComparer.Ordinal).Where(b => !BodyConfigurations.IsJoint(b))
            .GroupBy(b => BracketedAcronym().Match(b) is { Success: true } acronym ? acronym.Groups["acronym"].Value : null, StringComparer.Ordinal)
            .Where(g => g.Key is not null && g.Count() > 1))
        {
            var newest = spelling[meetings.Last(m => renamed.Contains(spelling[m.Body], StringComparer.Ordinal)).Body];
            foreach (var body in spelling.Keys.Where(b => renamed.Contains(spelling[b], StringComparer.Ordinal)).ToList()) spelling[body] = newest;
        }
        return spelling.All(p => p.Key == p.Value)
            ? meetings
            : [.. meetings.Select(m => spelling[m.Body] is var body && body != m.Body ? m with { Body = body } : m)];
    }

    /// <summary>
    /// The initials of a bracketed qualifier in words at the end of a name, hyphenated words apart ("Sea-Lane Buoy
    /// Group" is "SLBG"), or null when the name ends in no such bracket.
    /// </summary>
    public static string? QualifierInitials(string body) =>
        TrailingQualifier().Match(body) is { Success: true } match
        && match.Groups["words"].Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray() is { Length: >= ShortestQualifierInitials } initials
            ? new string(initials)
            : null;

    /// <summary>The name with its bracketed qualifier in words replaced by their initials, or null.</summary>
    private static string? WithQualifierInitials(string body) =>
        QualifierInitials(body) is { } initials ? $"{TrailingQualifier().Replace(body, "")} ({initials})" : null;

    private static string WithoutAcronym(string body) => TrailingAcronym().Replace(body, "");

    /// <summary>
    /// A bracketed short name at the end, of one to three capitalised words, one of them an acronym (two capitals or
    /// more): "(COAFR)", "(PORTS WP)", "(FoP Cyber)"; never a qualifier in words ("(Direct Taxation)"), which names another body.
    /// </summary>
    [GeneratedRegex(@"\s*\((?=[^()]*\b\p{Lu}[\p{L}0-9&/\-]*\p{Lu})\p{Lu}[\p{L}0-9&/\-]{1,11}(?:\s+\p{Lu}[\p{L}0-9&/\-]{0,11}){0,2}\)$")]
    private static partial Regex TrailingAcronym();

    /// <summary>
    /// One acronym in capitals bracketed at the end: "(COLUMBA)". Two names that bracket the same one are one body renamed
    /// over the years ("Columba Working Party (COLUMBA)", later "Working Party on Columba and the Isles (COLUMBA)"): its
    /// meetings take the newest meeting's name.
    /// </summary>
    [GeneratedRegex(@"\((?<acronym>\p{Lu}[\p{Lu}0-9&-]{2,11})\)$")]
    private static partial Regex BracketedAcronym();

    /// <summary>A bracketed qualifier at the end written in words, each capitalised word then lower case: "(Coastal Buoy Group)".</summary>
    [GeneratedRegex(@"\s*\((?<words>\p{Lu}\p{Ll}+(?:[\s-]+(?:\p{Lu}\p{Ll}+|of|and|the|for|on))*)\)$")]
    private static partial Regex TrailingQualifier();
}
