using WorkingParty.Council;

namespace WorkingParty.Minutes.Definitions;

/// <summary>
/// Turns a pattern from the definitions into a regex by filling its {placeholders}:
/// the named fragments, the month names, the delegation names and <c>{DATE}</c> (a date already masked in the text).
/// </summary>
public sealed partial class PatternTemplate
{
    /// <summary>How a recognised date is written into masked text; <see cref="DatePlaceholder"/> matches it.</summary>
    public const string DateTokenFormat = "\u27E6{0}\u27E7";
    /// <summary>The character every masked date starts with.</summary>
    public const char DateTokenStart = '\u27E6';
    private const string DatePlaceholder = "\u27E6(?<date>[0-9]+)\u27E7";

    private static readonly System.Text.CompositeFormat DateTokenComposite = System.Text.CompositeFormat.Parse(DateTokenFormat);

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
    private readonly IReadOnlyDictionary<string, string> _fragments;

    /// <summary>The placeholders made of delegation spellings; each stands for a subset of <see cref="DelegationSpellings"/>.</summary>
    private static readonly string[] DelegationPlaceholders = ["{delegationName}", "{delegationCode}", "{anyDelegationCode}", "{country}"];

    public PatternTemplate(MinutesDefinitions definitions, DelegationTable delegations)
    {
        var fragments = new Dictionary<string, string>(definitions.Fragments)
        {
            ["month"] = Alternation(definitions.Months.Keys),
            ["delegationCode"] = Alternation(delegations.All.Select(d => d.Code)
                .Where(code => !definitions.Actors.AmbiguousCodes.Contains(code))),
            ["anyDelegationCode"] = Alternation(delegations.All.Select(d => d.Code)),
            ["country"] = Alternation(delegations.All.SelectMany(d => d.OtherNames.Append(d.Country))),
            ["DATE"] = DatePlaceholder,
        };
        DelegationSpellings = delegations.All.SelectMany(d => d.Adjectives.Concat(d.OtherNames).Append(d.Country).Append(d.Code))
            .Distinct().ToList();
        fragments["delegationName"] = Alternation(DelegationSpellings);
        _fragments = fragments;
    }

    /// <summary>Every code, country, other name and adjective of a delegation: what <c>{delegationName}</c> matches.</summary>
    public IReadOnlyList<string> DelegationSpellings { get; }

    /// <summary>
    /// Whether the pattern holds a placeholder of delegation spellings, so that it matches only where a delegation is
    /// named (none of the definitions' patterns makes it optional).
    /// </summary>
    public static bool NeedsDelegation(string pattern) =>
        DelegationPlaceholders.Any(placeholder => pattern.Contains(placeholder, StringComparison.Ordinal));

    public string Expand(string pattern) =>
        Placeholder().Replace(pattern, m => _fragments.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Value);

    // Interpreted, not RegexOptions.Compiled: the parser mostly reads each minutes file once, at start-up on an empty
    // store, where emitting and jitting dozens of regexes costs more CPU than it saves over a 200-file folder.
    public Regex Compile(string pattern, RegexOptions options = RegexOptions.None) =>
        new(Expand(pattern), options | RegexOptions.CultureInvariant);

    public static string DateToken(int index) => string.Format(System.Globalization.CultureInfo.InvariantCulture, DateTokenComposite, index);

    /// <summary>Longest first, so that "Czech Republic" wins over "Czech".</summary>
    private static string Alternation(IEnumerable<string> words) =>
        "(?:" + string.Join("|", words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
}
