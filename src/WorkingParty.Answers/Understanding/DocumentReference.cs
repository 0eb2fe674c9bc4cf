using System.Text.RegularExpressions;

namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Council document references (<c>7130/17</c>, <c>WK 2569/2017</c>, <c>CM 1551/1/17 REV 1</c>) and a key that
/// compares them however they are written.
/// </summary>
internal static partial class DocumentReference
{
    [GeneratedRegex(@"(?<![\w/])(?:(?<prefix>WK|CM|ST)\s*)?(?<number>\d{3,5})(?:/(?<copy>\d{1,2}))?/(?<year>\d{4}|\d{2})(?![\w/])(?<suffixes>(?:\s+(?:REV|ADD|COR)\s*\d+)*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static IEnumerable<Match> FindAll(string text) => Pattern().Matches(text);

    /// <summary>The same key for "WK 2569/2017", "wk 2569/17" and "WK2569/2017".</summary>
    public static string Key(string reference)
    {
        var match = Pattern().Match(reference);
        if (!match.Success) return reference.Replace(" ", "").ToUpperInvariant();
        var year = match.Groups["year"].Value;
        var copy = match.Groups["copy"].Success ? "/" + match.Groups["copy"].Value : "";
        var suffixes = match.Groups["suffixes"].Value.Replace(" ", "").ToUpperInvariant();
        return $"{match.Groups["prefix"].Value.ToUpperInvariant()}{match.Groups["number"].Value}{copy}/{year[^2..]}{suffixes}";
    }
}
