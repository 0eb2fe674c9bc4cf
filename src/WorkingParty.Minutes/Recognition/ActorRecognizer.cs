using System.Text.RegularExpressions;
using WorkingParty.Minutes.Definitions;
using WorkingParty.Minutes.Delegations;

namespace WorkingParty.Minutes.Recognition;

/// <summary>
/// Names the actors of a sentence: the Commission and its DGs, the other institutions and agencies by their aliases,
/// and delegations ("the HU delegation", "The Czech delegation", "the German and French delegations", "FR", "Slovenia").
/// The speakers of a sentence are the actors named before its first speech verb; a sentence opening with "It" or
/// "They" keeps the speakers of the sentence before it.
/// </summary>
public sealed class ActorRecognizer
{
    private readonly Regex _commissionUnit;
    private readonly IReadOnlyDictionary<string, string> _directorates;
    private readonly Regex _institutions;
    private readonly Dictionary<string, string> _institutionNames = new(StringComparer.Ordinal);
    private readonly Regex _delegationList;
    private readonly Regex _delegationName;
    private readonly Regex _bareCode;
    private readonly Regex _bareCountry;
    private readonly Regex _speechVerb;
    private readonly Regex _carryOver;
    private readonly DelegationTable _delegations;

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
        _delegationName = template.Compile(@"\b{delegationName}\b");
        _bareCode = template.Compile(actors.BareDelegationCode);
        _bareCountry = template.Compile(actors.BareCountry);
        _speechVerb = template.Compile(actors.SpeechVerbs);
        _carryOver = template.Compile(actors.CarryOverPronouns);
    }

    /// <summary>Every actor named in the sentence, in order of appearance.</summary>
    public IReadOnlyList<ActorMention> Recognize(string sentence)
    {
        var taken = new bool[sentence.Length];
        var mentions = new List<ActorMention>();

        Take(_commissionUnit, m => [$"Commission ({Directorate(m.Groups["unit"].Value)})"]);
        Take(_institutions, m => [_institutionNames[m.Value]]);
        Take(_delegationList, m => _delegationName.Matches(m.Groups["list"].Value).Select(n => Code(n.Value)));
        Take(_bareCode, m => [Code(m.Groups["name"].Value)]);
        Take(_bareCountry, m => [Code(m.Groups["name"].Value)]);

        mentions.Sort((a, b) => a.Index.CompareTo(b.Index));
        return mentions;

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

    /// <summary>The actors that speak in the sentence: those named before its first speech verb.</summary>
    public IReadOnlyList<string> Speakers(string sentence, IReadOnlyList<ActorMention> mentions)
    {
        var verb = _speechVerb.Match(sentence);
        if (!verb.Success)
        {
            return [];
        }

        return mentions.Where(m => m.Index + m.Length <= verb.Index).Select(m => m.Name).Distinct().ToList();
    }

    /// <summary>Whether the sentence opens with a pronoun that refers back to the previous speakers.</summary>
    public bool RefersBack(string sentence) => _carryOver.IsMatch(sentence);

    private string Directorate(string unit) => _directorates.TryGetValue(unit, out var name) ? name : $"DG {unit}";

    private string Code(string name) => _delegations.Find(name)?.ActorName ?? name;
}
