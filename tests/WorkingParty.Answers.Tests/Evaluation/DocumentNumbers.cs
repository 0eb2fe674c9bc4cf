using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// The core "NNNN/YY" of a Council document number, however it is spelt: "doc. 7130/17", "ST 7130/2017",
/// "WK 2569/2017", "CM 1235/2/20 REV 2". Two- and four-digit years are the same year.
/// </summary>
internal static partial class DocumentNumbers
{
    public readonly record struct Core(int Number, int Year);

    /// <summary>The core of a fact that is a document number, or null.</summary>
    public static Core? Of(string? text) => text is null ? null : Cores(text).Cast<Core?>().FirstOrDefault();

    public static IEnumerable<Core> Cores(string text) => Pattern().Matches(text).Select(m => new Core(
        int.Parse(m.Groups["number"].Value, CultureInfo.InvariantCulture),
        int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) % 100));

    /// <summary>
    /// Whether the text writes the number as the fact does, between other characters than digits: a directive's
    /// "1999/44" in "Directive 1999/44/EC", an agency's "4471/2019" in "AGRI/4471/2019", which have no Council core.
    /// </summary>
    public static bool Writes(string text, string fact)
    {
        var number = fact.Trim();
        for (var at = text.IndexOf(number, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + number.Length;
            if ((at == 0 || !char.IsDigit(text[at - 1])) && (end == text.Length || !char.IsDigit(text[end])))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<![\d/.])(?<number>\d{3,6})/(?:\d{1,2}/)?(?<year>\d{4}|\d{2})(?![\d/])")]
    private static partial Regex Pattern();
}
