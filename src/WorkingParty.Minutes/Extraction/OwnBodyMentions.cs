using System.Text.RegularExpressions;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Writes the meeting body's own name, in full, without its bracketed qualifier or as its bracketed acronym, as
/// "Working Party" in a masked sentence, so that the cues read "the Working Party on Forestry would reconvene on" as
/// our meeting and another body's name stays another body's.
/// </summary>
public sealed class OwnBodyMentions
{
    private const string Generic = "Working Party";
    private static readonly Regex Bracketed = new(@"\s*\((?<inner>[^()]+)\)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Acronym = new(@"^\p{Lu}[\p{Lu}0-9&/-]{1,9}$", RegexOptions.CultureInvariant);
    private readonly Regex? _names;

    public OwnBodyMentions(string body)
    {
        var names = new List<string> { body };
        if (Bracketed.Match(body) is { Success: true } bracket)
        {
            names.Add(body[..bracket.Index]);
            if (Acronym.IsMatch(bracket.Groups["inner"].Value))
            {
                names.Add(bracket.Groups["inner"].Value);
            }
        }

        var specific = names.Where(n => n.Trim().Contains(' ') || Acronym.IsMatch(n.Trim()))
            .Where(n => !string.Equals(n.Trim(), Generic, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(n => n.Length)
            .Select(n => Regex.Escape(n.Trim()).Replace(@"\ ", @"\s+", StringComparison.Ordinal))
            .ToList();
        _names = specific.Count == 0 ? null
            : new Regex(@"(?<![\w-])(?:" + string.Join("|", specific) + @")(?![\w-])", RegexOptions.CultureInvariant);
    }

    public AnalysedSentence Generalise(AnalysedSentence sentence) =>
        _names is null || !_names.IsMatch(sentence.Masked) ? sentence
            : sentence with { Masked = _names.Replace(sentence.Masked, Generic) };
}
