using WorkingParty.Council;
using WorkingParty.Minutes.Definitions;

namespace WorkingParty.Answers.Understanding;

/// <summary>Where a question or a statement names an actor: its key and the words that name it.</summary>
internal sealed record ActorMention(string Key, int Start, int Length);

/// <summary>
/// Institutions and Member State delegations, as the minutes definitions name them, with the extra names delegates
/// use (actors.json): "Hungary", "the Hungarian delegation" and "HU" are all the actor HU, and "the Commission (DG
/// Home)" is the Commission.
/// </summary>
internal sealed class ActorDirectory
{
    private const int ShortestFuzzyName = 6;
    private readonly List<(string[] Words, string Key)> _aliases;
    private readonly Dictionary<string, string> _delegationNames;
    private readonly IReadOnlyDictionary<string, string> _shorthand;

    /// <summary>The groups of actors ("the Nordics") by the first word of their name, longest names first.</summary>
    private readonly ILookup<string, (string[] Words, IReadOnlyList<string> Members)> _groupsByFirstWord;

    /// <summary>
    /// The aliases a word of each length may start, longest aliases first: a word matches an alias's first word only when
    /// it is at most one letter shorter or two longer (see <see cref="EditDistance.Matches"/>). Most words of a sentence
    /// are then compared with a few aliases, not all.
    /// </summary>
    private readonly List<(string[] Words, string Key)>[] _aliasesByWordLength;

    private readonly RememberedWords<(string[] Words, string Key)[]> _aliasesStartedBy;

    private ActorDirectory(ActorDefinitions definitions, DelegationTable delegations, QuestionAliases extra)
    {
        const string commission = "Commission";
        var institutions = definitions.Institutions.SelectMany(i => i.Aliases.Select(a => (Alias: a, Key: i.Name)))
            .Concat(definitions.Directorates.Values.Select(d => (Alias: d, Key: commission)))
            .Concat(extra.ExtraAliases.SelectMany(e => e.Value.Select(a => (Alias: a, e.Key))));
        var countries = delegations.All.SelectMany(d => d.Names.Where(n => n != d.Code).Select(n => (Alias: n, Key: d.Code)));
        _aliases = institutions.Concat(countries)
            .Select(a => (Words: Split(a.Alias), a.Key))
            .DistinctBy(a => (string.Join(' ', a.Words), a.Key))
            .OrderByDescending(a => a.Words.Length)
            .ToList();
        _delegationNames = delegations.All.ToDictionary(d => d.Code, d => d.Country);
        _shorthand = extra.Shorthand;
        _groupsByFirstWord = (extra.Groups ?? new Dictionary<string, IReadOnlyList<string>>()).Select(g => (Words: Split(g.Key), Members: g.Value))
            .OrderByDescending(g => g.Words.Length).ToLookup(g => g.Words[0], StringComparer.Ordinal);
        var longest = _aliases.Max(a => a.Words[0].Length) + 2;
        _aliasesByWordLength = Enumerable.Range(0, longest + 1)
            .Select(length => _aliases.Where(a => length >= a.Words[0].Length - 1 && length <= a.Words[0].Length + 2).ToList())
            .ToArray();
        _aliasesStartedBy = new(lower => (lower.Length < _aliasesByWordLength.Length ? _aliasesByWordLength[lower.Length] : [])
            .Where(a => EditDistance.Matches(lower, a.Words[0], ShortestFuzzyName))
            .ToArray());
    }

    public static ActorDirectory Default { get; } =
        new(MinutesDefinitions.Default.Actors, DelegationTable.Default, EmbeddedJson.Read<QuestionAliases>("actors.json"));

    /// <summary>Every alias of every actor, for the retrieval synonyms.</summary>
    public IEnumerable<IGrouping<string, string>> AliasesByActor() =>
        _aliases.Select(a => (a.Key, Phrase: string.Join(' ', a.Words)))
            .Concat(_delegationNames.Keys.Select(code => (Key: code, Phrase: code.ToLowerInvariant() + " delegation")))
            .Concat(_shorthand.Select(s => (Key: s.Value, Phrase: s.Key)))
            .GroupBy(a => a.Key, a => a.Phrase);

    /// <summary>How an answer names the actor: "ENISA", "HU delegation (Hungary)".</summary>
    public string Display(string key) =>
        _delegationNames.TryGetValue(key, out var country) ? $"{key} delegation ({country})" : key;

    /// <summary>Whether the actor is a Member State's (or an associated state's) delegation.</summary>
    public bool IsDelegation(string key) => _delegationNames.ContainsKey(key);

    /// <summary>The actor a name from the minutes stands for, or null when it is nobody known.</summary>
    public string? Resolve(string name) => Find(Words.Split(name)).Select(m => m.Key).FirstOrDefault();

    public IReadOnlyList<ActorMention> Find(IReadOnlyList<Word> words)
    {
        var found = new List<ActorMention>();
        for (var i = 0; i < words.Count; i++)
        {
            var mention = MentionAt(words, i);
            if (mention is null) continue;
            found.Add(mention);
            i += mention.Length - 1;
        }
        return found;
    }

    /// <summary>
    /// The actors a question names: those <see cref="Find"/> finds, and each member of a group of delegations named
    /// together ("the Baltics": EE, LV and LT, each a mention of the same words). Groups are read in questions only.
    /// </summary>
    public IReadOnlyList<ActorMention> FindInQuestion(IReadOnlyList<Word> words)
    {
        var found = Find(words).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var at = i;
            var group = _groupsByFirstWord[words[i].Lower].FirstOrDefault(g => at + g.Words.Length <= words.Count
                && g.Words.Select((w, j) => w == words[at + j].Lower).All(same => same));
            if (group.Words is null || found.Any(m => m.Start <= i && i < m.Start + m.Length)) continue;
            found.AddRange(group.Members.Select(key => new ActorMention(key, i, group.Words.Length)));
            i += group.Words.Length - 1;
        }
        return [.. found.OrderBy(m => m.Start)];
    }

    private ActorMention? MentionAt(IReadOnlyList<Word> words, int start)
    {
        if (_shorthand.TryGetValue(words[start].Lower, out var abbreviated)) return new ActorMention(abbreviated, start, 1);
        foreach (var (aliasWords, key) in AliasesStartedBy(words[start].Lower))
        {
            if (start + aliasWords.Length > words.Count) continue;
            var all = true;
            for (var j = 1; j < aliasWords.Length && all; j++)
                all = EditDistance.Matches(words[start + j].Lower, aliasWords[j], ShortestFuzzyName);
            if (all) return new ActorMention(key, start, aliasWords.Length);
        }
        var word = words[start];
        var code = word.Original.ToUpperInvariant();
        if (!_delegationNames.ContainsKey(code)) return null;
        var followedByDelegation = start + 1 < words.Count && words[start + 1].Lower.StartsWith("delegation", StringComparison.Ordinal);
        if (followedByDelegation) return new ActorMention(code, start, 2);
        return word.Original == code ? new ActorMention(code, start, 1) : null;
    }

    /// <summary>
    /// The aliases whose first word the word matches, in <see cref="aliasesByWordLength"/>'s order. Remembered per
    /// word: indexing the minutes asks for the same few thousand words a hundred thousand times.
    /// </summary>
    private (string[] Words, string Key)[] AliasesStartedBy(string lower) => _aliasesStartedBy.Of(lower);

    private static string[] Split(string phrase) => Words.Split(phrase).Select(w => w.Lower).ToArray();

    private sealed record QuestionAliases(
        IReadOnlyDictionary<string, string> Shorthand,
        IReadOnlyDictionary<string, IReadOnlyList<string>> ExtraAliases,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? Groups);
}
