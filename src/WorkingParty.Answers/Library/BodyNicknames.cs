namespace WorkingParty.Answers.Library;

/// <summary>
/// Names of a working party that its minutes give away without defining them: the classification codes of the header
/// ("COWEB 12" is the COWEB) and the words of the file name ("wp-pharma-2021-11.txt" is the pharma WP). A question says
/// them beside "WP", "group" or "meeting" (<see cref="BodyNames"/>); alone they stay ordinary words. Folded like the
/// question's words ("forêt" is "foret"), so an accented nickname matches however it is typed.
/// </summary>
internal static partial class BodyNicknames
{
    private const int ShortestNickname = 3;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    /// <param name="meetings">The stored meetings.</param>
    /// <param name="ordinary">Words of file names and codes that name no body ("minutes", "init", "en").</param>
    public static ILookup<string, string> Of(IEnumerable<Meeting> meetings, IReadOnlySet<string> ordinary) =>
        meetings
            .SelectMany(m => m.Header.Codes.Concat([Path.GetFileNameWithoutExtension(m.SourceFile)])
                .SelectMany(text => Letters().Matches(text).Select(l => Words.Folded(l.Value.ToLowerInvariant())))
                .Where(word => word.Length >= ShortestNickname && !ordinary.Contains(word))
                .Select(word => (m.Body, Nickname: word)))
            .Distinct()
            .ToLookup(n => n.Body, n => n.Nickname);
}
