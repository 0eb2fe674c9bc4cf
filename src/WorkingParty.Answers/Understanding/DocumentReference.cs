namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Council document references (<c>7130/17</c>, <c>ST 8043/17</c>, <c>WK 2569/2017</c>, <c>CM 1551/1/17 REV 1</c>,
/// <c>ST 7421 2025 INIT</c>) and Commission ones (<c>COM(2025) 123 final</c>, <c>SWD(2025) 45</c>), and
/// keys that compare them however they are written.
/// </summary>
internal static partial class DocumentReference
{
    /// <summary>The series a number without a prefix belongs to: "ST 8043/17" is "8043/17".</summary>
    private const string DefaultSeries = "ST";

    [GeneratedRegex(@"(?<![\w/])(?:(?:(?<prefix>WK|CM|ST)\s*)?(?<number>\d{3,5})(?:/(?<copy>\d{1,2}))?/(?<year>\d{4}|\d{2})|(?<prefix>WK|CM|ST)\s+(?<number>\d{3,5})\s+(?<year>(?:19|20)\d\d)|(?<prefix>COM|SWD|JOIN|SEC)\s*\(\s*(?<year>(?:19|20)\d\d)\s*\)\s*(?<number>\d{1,4})(?:\s+final)?)(?![\w/])(?<suffixes>(?:\s+(?:(?:REV|ADD|COR)\s*\d+|INIT))*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static IEnumerable<Match> FindAll(string text) => Pattern().Matches(text);

    /// <summary>
    /// Whether a reference found may be a legal act's number instead ("Regulation (EC) No 607/2009", "(EU) 2017/1001"):
    /// no series prefix and a year of four digits, which the Council's own numbers write only after "WK" or "CM".
    /// </summary>
    public static bool MayBeActNumber(Match reference) =>
        !reference.Groups["prefix"].Success && reference.Groups["year"].Length == 4;

    /// <summary>The same key for "WK 2569/2017", "wk 2569/17" and "WK2569/2017"; and for "ST 8043/17" and "8043/17".</summary>
    public static string Key(string reference) => Keys(reference).Full;

    /// <summary>
    /// The document whatever its copy and revision: "CM 1235/2/20 REV 2" and "CM 1235/20" share the key "CM1235/20".
    /// </summary>
    public static string BaseKey(string reference) => Keys(reference).Base;

    private static (string Full, string Base) Keys(string reference)
    {
        var match = Pattern().Match(reference);
        if (!match.Success)
        {
            var plain = reference.Replace(" ", "").ToUpperInvariant();
            return (plain, plain);
        }
        var prefix = match.Groups["prefix"].Value.ToUpperInvariant();
        if (prefix == DefaultSeries) prefix = "";
        var year = match.Groups["year"].Value[^2..];
        var copy = match.Groups["copy"].Success ? "/" + match.Groups["copy"].Value : "";
        var suffixes = match.Groups["suffixes"].Value.Replace(" ", "").ToUpperInvariant().Replace("INIT", "");
        var number = match.Groups["number"].Value;
        return ($"{prefix}{number}{copy}/{year}{suffixes}", $"{prefix}{number}/{year}");
    }
}
