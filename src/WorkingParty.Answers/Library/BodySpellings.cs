namespace WorkingParty.Answers.Library;

/// <summary>
/// One working party written with its acronym in brackets in some minutes ("Working Party on Africa (COAFR)") and
/// without it in others is one body: every meeting of it takes the spelling with the acronym, so that the latest
/// meeting, the next one and the short name all belong to the same body. The short name may be of several words
/// ("Working Party on Ports (PORTS WP)", "Friends of the Presidency Group on Cyber (FoP Cyber)").
/// </summary>
internal static partial class BodySpellings
{
    public static IReadOnlyList<Meeting> Unify(IReadOnlyList<Meeting> meetings)
    {
        var spelling = meetings.Select(m => m.Body).Distinct(StringComparer.Ordinal)
            .GroupBy(WithoutAcronym, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1 && g.Any(b => b != g.Key))
            .SelectMany(g => g.Select(b => (Body: b, Spelling: g.Where(s => s != g.Key).OrderBy(s => s, StringComparer.Ordinal).First())))
            .ToDictionary(p => p.Body, p => p.Spelling, StringComparer.Ordinal);
        return spelling.Count == 0
            ? meetings
            : [.. meetings.Select(m => spelling.TryGetValue(m.Body, out var body) && body != m.Body ? m with { Body = body } : m)];
    }

    private static string WithoutAcronym(string body) => TrailingAcronym().Replace(body, "");

    /// <summary>
    /// A bracketed short name at the end, of one to three capitalised words, one of them an acronym (two capitals or
    /// more): "(COAFR)", "(PORTS WP)", "(FoP Cyber)"; never a qualifier in words ("(Direct Taxation)"), which names another body.
    /// </summary>
    [GeneratedRegex(@"\s*\((?=[^()]*\b\p{Lu}[\p{L}0-9&/\-]*\p{Lu})\p{Lu}[\p{L}0-9&/\-]{1,11}(?:\s+\p{Lu}[\p{L}0-9&/\-]{0,11}){0,2}\)$")]
    private static partial Regex TrailingAcronym();
}
