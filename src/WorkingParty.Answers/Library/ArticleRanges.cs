using System.Text.RegularExpressions;

namespace WorkingParty.Answers.Library;

/// <summary>
/// The articles a text names, as written ranges: "Articles 62 to 64", "Art. 62-64" and "arts 62–64" are all "62-64",
/// "Article 5" is "5". A request and a heading naming the same range are about the same part of a text.
/// </summary>
internal static partial class ArticleRanges
{
    public static IReadOnlySet<string> Of(string text)
    {
        var ranges = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Named().Matches(text))
            ranges.Add(match.Groups["last"].Success ? $"{match.Groups["first"].Value}-{match.Groups["last"].Value}" : match.Groups["first"].Value);
        return ranges;
    }

    [GeneratedRegex(@"\bart(?:icle)?s?\.?\s*(?<first>\d+[a-z]?)(?:\s*(?:to|-|–)\s*(?<last>\d+[a-z]?))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
