using WorkingParty.Council;

namespace WorkingParty.Minutes.Recognition;

/// <summary>
/// Names the actors of a sentence: the Commission and its DGs, the other institutions and agencies by their aliases,
/// and delegations ("the HU delegation", "The Czech delegation", "the German and French delegations", "FR", "Slovenia",
/// "the Belgian Ministry of Interior").
/// The speakers of a sentence are the actors named before its first speech verb, or, in a sentence without one, before
/// its first finite verb ("Malta maintained", "IT could accept"); a sentence opening with "It" or "They" keeps the
/// speakers of the sentence before it. An ambiguous code ("IT") is a delegation in a list of codes ("EE, IT and SE").
/// </summary>
public sealed partial class ActorRecognizer
{
    [GeneratedRegex(@"^\s*(?:(?:also|then|further|briefly|\w+ly)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectlyBefore();

    private readonly Regex _commissionUnit;
    private readonly IReadOnlyDictionary<string, string> _directorates;
    private readonly Regex _institutions;
    private readonly Dictionary<string, string> _institutionNames = new(StringComparer.Ordinal);
    private readonly Regex _delegationList;
    private readonly Regex _codeList;
    private readonly Regex _finiteVerb;
    private readonly Regex _nationalAuthority;
    private readonly Regex _delegationName;
    private readonly Regex _bareCode;
    private readonly Regex _bareCountry;
    private readonly Regex _speechVerb;
    private readonly Regex _carryOver;
    private readonly DelegationTable _delegations;
    private readonly DelegationWords _delegationWords;

    /// <summary>Whether every delegation pattern needs a delegation's spelling, so that a sentence without one is skipped.</summary>
    private readonly bool _everyDelegationPatternNeedsName;

    public ActorRecognizer(MinutesDefinitions definitions, PatternTemplate template, DelegationTable delegations)
    {
        var actors = definitions.Actors;
        _delegations = delegations;
        _commissionUnit = template.Compile(actors.CommissionUnit);
        _directorates = actors.Directorates;
        foreach (var institution in actors.Institutions)
        {
            foreach (var alias in institution.Aliases)
            {
                _institutionNames[alias] = institution.Name;
            }
        }

        _institutions = template.Compile(@"(?<![\w-])(?:" + string.Join("|",
            _institutionNames.Keys.OrderByDescending(a => a.Length).Select(Regex.Escape)) + @")(?![\w-])");
        _delegationList = template.Compile(actors.DelegationList);
        _codeList = template.Compile(actors.CodeList);
        _finiteVerb = template.Compile(actors.FiniteVerbs);
        _nationalAuthority = template.Compile(actors.NationalAuthority);
        _delegationName = template.Compile(@"\b{delegationName}\b");
        _bareCode = template.Compile(actors.BareDelegationCode);
        _bareCountry = template.Compile(actors.BareCountry);
        _speechVerb = template.Compile(actors.SpeechVerbs);
        _carryOver = template.Compile(actors.CarryOverPronouns);
        _delegationWords = new DelegationWords(template.DelegationSpellings);
        _everyDelegationPatternNeedsName = new[]
        {
            actors.DelegationList, actors.NationalAuthority, actors.CodeList, actors.BareDelegationCode, actors.BareCountry,
        }.All(PatternTemplate.NeedsDelegation);
    }

    /// <summary>Every actor named in the sentence, in order of appearance.</summary>
    public IReadOnlyList<ActorMention> Recognize(string sentence)
    {
        var taken = new bool[sentence.Length];
        var mentions = new List<ActorMention>();

        Take(_commissionUnit, m => [$"Commission ({Directorate(m.Groups["unit"].Value)})"]);
        Take(_institutions, m => [_institutionNames[m.Value]]);
        if (_everyDelegationPatternNeedsName && !_delegationWords.MayName(sentence))
        {
            // Most sentences name no delegation: the patterns below, each trying every spelling at every word, would all fail.
            return Sorted(mentions);
        }

        Take(_delegationList, m => _delegationName.Matches(m.Groups["list"].Value).Select(n => Code(n.Value)));
        Take(_nationalAuthority, m => [Code(m.Groups["name"].Value)]);
        Take(_codeList, m => _delegationName.Matches(m.Groups["list"].Value).Select(n => Code(n.Value)));
        Take(_bareCode, m => [Code(m.Groups["name"].Value)]);
        Take(_bareCountry, m => [Code(m.Groups["name"].Value)]);
        return Sorted(mentions);

        void Take(Regex pattern, Func<Match, IEnumerable<string>> names)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                if (taken.AsSpan(match.Index, match.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(match.Index, match.Length).Fill(true);
                mentions.AddRange(names(match).Select(name => new ActorMention(name, match.Index, match.Length)));
            }
        }
    }

    private static List<ActorMention> Sorted(List<ActorMention> mentions)
    {
        mentions.Sort((a, b) => a.Index.CompareTo(b.Index));
        return mentions;
    }

    /// <summary>
    /// The actors that speak in the sentence: those named before its first speech verb, and any named straight before
    /// a later one ("The CTC presented his report and the Belgian Ministry of Interior gave an update").
    /// </summary>
    public IReadOnlyList<string> Speakers(string sentence, IReadOnlyList<ActorMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return [];
        }

        var clauses = ClauseOpenings(sentence, mentions);
        var first = _speechVerb.Match(sentence);
        if (!first.Success)
        {
            return _finiteVerb.Match(sentence) is { Success: true } finite
                ? mentions.Where(m => m.Index + m.Length <= finite.Index || OpensClause(m, clauses)).Select(m => m.Name).Distinct().ToList()
                : [];
        }

        // The later speech verbs are looked for only when an actor is named after the first (found lazily, as needed).
        var verbs = _speechVerb.Matches(sentence);
        return mentions
            .Where(m => m.Index + m.Length <= first.Index || verbs.Any(v => SpeaksAt(sentence, m, v)) || OpensClause(m, clauses))
            .Select(m => m.Name)
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// "BE proposed cycles of three years; the German delegation preferred to align them": a clause after a semicolon has
    /// speakers of its own, the actors it names before its first finite verb. Each such clause's span, from the semicolon
    /// to that verb; none in a sentence without a semicolon after its first actor.
    /// </summary>
    private List<(int Start, int End)> ClauseOpenings(string sentence, IReadOnlyList<ActorMention> mentions)
    {
        var clauses = new List<(int, int)>();
        for (var semicolon = sentence.IndexOf(';', mentions[0].Index); semicolon >= 0; semicolon = sentence.IndexOf(';', semicolon + 1))
        {
            if (_finiteVerb.Match(sentence, semicolon + 1) is { Success: true } verb) clauses.Add((semicolon, verb.Index));
        }
        return clauses;
    }

    private static bool OpensClause(ActorMention mention, List<(int Start, int End)> clauses) =>
        clauses.Exists(c => mention.Index > c.Start && mention.Index + mention.Length <= c.End);

    private static bool SpeaksAt(string sentence, ActorMention mention, Match verb)
    {
        var end = mention.Index + mention.Length;
        return verb.Index >= end && DirectlyBefore().IsMatch(sentence.AsSpan(end, verb.Index - end));
    }

    /// <summary>Whether the sentence opens with a pronoun that refers back to the previous speakers.</summary>
    public bool RefersBack(string sentence) => _carryOver.IsMatch(sentence);

    private string Directorate(string unit) => _directorates.TryGetValue(unit, out var name) ? name : $"DG {unit}";

    private string Code(string name) => _delegations.Find(name)?.Code ?? name;
}
