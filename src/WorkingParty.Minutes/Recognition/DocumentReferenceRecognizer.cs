namespace WorkingParty.Minutes.Recognition;

/// <summary>
/// Finds Council document references and writes them one way: "CM 1551/1/17 REV 1", "7021/17", "WK 2981/2017".
/// </summary>
public sealed partial class DocumentReferenceRecognizer
{
    [GeneratedRegex(@"(?<kind>REV|ADD|COR)\s*(?<number>[0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
    private readonly IReadOnlyList<Regex> _patterns;
    private readonly Regex _backReference;

    public DocumentReferenceRecognizer(MinutesDefinitions definitions, PatternTemplate template)
    {
        _patterns = definitions.Documents.Patterns.Select(p => template.Compile(p)).ToList();
        _backReference = template.Compile(definitions.Documents.BackReferences, RegexOptions.IgnoreCase);
    }

    public IReadOnlyList<string> Recognize(string sentence)
    {
        var taken = new bool[sentence.Length];
        var found = new List<(int Index, string Reference)>();
        foreach (var pattern in _patterns)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                if (taken.AsSpan(match.Index, match.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(match.Index, match.Length).Fill(true);
                found.Add((match.Index, Normalise(match)));
            }
        }

        return found.OrderBy(f => f.Index).Select(f => f.Reference).Distinct().ToList();
    }

    /// <summary>Whether the sentence points at a document named earlier ("the paper", "the draft").</summary>
    public bool RefersBack(string sentence) => _backReference.IsMatch(sentence);

    private static string Normalise(Match match)
    {
        var prefix = match.Groups["prefix"].Success ? match.Groups["prefix"].Value.ToUpperInvariant() + " " : "";
        var revision = match.Groups["revision"].Success ? "/" + match.Groups["revision"].Value : "";
        var suffixes = string.Concat(Suffix().Matches(match.Groups["suffixes"].Value)
            .Select(s => $" {s.Groups["kind"].Value} {s.Groups["number"].Value}"));
        return $"{prefix}{match.Groups["number"].Value}{revision}/{match.Groups["year"].Value}{suffixes}";
    }
}
