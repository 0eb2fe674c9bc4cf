namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Recognises a working party named in a question: by its short name anywhere ("COPEN", "TWP", or the initials of its
/// name: "WPI" for the Working Party on Information), or by the words of its name that are not common to all names
/// ("the cyber WP", "the HWP on Cyber Issues", "the terrorism working party"), said next to "working party", "WP" or
/// "group".
/// </summary>
internal sealed class BodyNames
{
    private static readonly string[] BodyNouns = ["wp", "hwp", "working", "party", "group", "committee"];
    private const int Window = 4;

    /// <summary>A clipped word of a name ("infra", "transp") has at least this many letters.</summary>
    private const int ShortestClipped = 4;

    /// <summary>Words beside which a word of a body's name names it, besides the body nouns: "any shipping meetings?".</summary>
    private static readonly string[] MeetingNouns = ["meeting", "meetings", "session", "sessions"];

    /// <summary>Shorter initials are too often a word or a delegation code ("IT", "PL").</summary>
    private const int ShortestInitials = 3;

    private readonly Dictionary<string, HashSet<string>> _bodiesByWord = new();
    private readonly Dictionary<string, HashSet<string>> _bodiesByShortName = new();
    private readonly List<(string[] Words, string Body)> _fullNames = [];

    /// <param name="bodies">The names of the bodies whose minutes are stored.</param>
    /// <param name="vocabulary">
    /// Its body words name no body in particular ("working", "issues"); its fillers neither, unless a name has no other
    /// word ("the information working party" is the Working Party on Information); its acronym skip words are left out
    /// of initials.
    /// </param>
    /// <param name="shortNames">Other names of known bodies, by body name ("COPEN", "HWP on Cyber Issues").</param>
    public BodyNames(IEnumerable<string> bodies, Vocabulary vocabulary, ILookup<string, string> shortNames)
    {
        var common = vocabulary.BodyWords.Concat(BodyNouns).ToHashSet();
        var fillers = vocabulary.Fillers.ToHashSet();
        var skipped = vocabulary.AcronymSkipWords.ToHashSet();
        foreach (var body in bodies.Distinct())
        {
            var own = Words.Split(body).Select(w => w.Lower).Where(w => !common.Contains(w)).ToList();
            foreach (var word in own.Any(w => !fillers.Contains(w)) ? own.Where(w => !fillers.Contains(w)) : own)
                Add(_bodiesByWord, word, body);
            foreach (var name in shortNames[body].Append(body))
            {
                var words = Words.Split(name).Select(w => w.Lower).ToArray();
                if (words.Length == 1) Add(_bodiesByShortName, words[0], body);
                else _fullNames.Add((words, body));
            }
            foreach (var initials in Initials(body, skipped, common))
                if (initials.Length >= ShortestInitials && !fillers.Contains(initials)) Add(_bodiesByShortName, initials, body);
        }
        _fullNames.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The bodies the question names and the positions of the words that name them.</summary>
    public (IReadOnlySet<string>? Bodies, IReadOnlyList<int> Positions) Find(IReadOnlyList<Word> words)
    {
        HashSet<string>? bodies = null;
        var positions = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (FullNameAt(words, i) is { } full)
            {
                bodies = [full.Body];
                positions.AddRange(Enumerable.Range(i, full.Words.Length));
                i += full.Words.Length - 1;
                continue;
            }
            if (_bodiesByShortName.TryGetValue(words[i].Lower, out var named))
            {
                bodies = [.. named];
                positions.Add(i);
                continue;
            }
            if (!NearBodyNoun(words, i) || (named = Named(words[i].Lower)) is null) continue;
            bodies = bodies is null ? [.. named] : [.. bodies.Intersect(named)];
            positions.Add(i);
        }
        return (bodies is { Count: > 0 } ? bodies : null, positions);
    }

    /// <summary>The longest full name of a body ("Working Party on Judicial Cooperation in Criminal Matters") starting at a word.</summary>
    private (string[] Words, string Body)? FullNameAt(IReadOnlyList<Word> words, int start)
    {
        foreach (var name in _fullNames)
        {
            if (start + name.Words.Length > words.Count) continue;
            var all = true;
            for (var j = 0; j < name.Words.Length && all; j++) all = words[start + j].Lower == name.Words[j];
            if (all) return name;
        }
        return null;
    }

    /// <summary>
    /// The bodies a word of their names stands for: the word, a clipped form of at least four letters ("infra" for
    /// "infrastructure"), or the word with one wrong letter; null when it names none.
    /// </summary>
    private HashSet<string>? Named(string word)
    {
        if (_bodiesByWord.TryGetValue(word, out var named)) return named;
        if (word.Length < ShortestClipped) return null;
        HashSet<string>? found = null;
        foreach (var (key, bodies) in _bodiesByWord)
        {
            if (!(key.Length > word.Length && key.StartsWith(word, StringComparison.Ordinal)) && !EditDistance.Matches(word, key)) continue;
            found ??= [];
            found.UnionWith(bodies);
        }
        return found;
    }

    /// <summary>
    /// "Terrorism Working Party" is "twp", "Working Party on Information" "wpi"; delegates also put the "WP" at the
    /// other end ("Working Party on Maritime Transport" is the WPMT and the MTWP).
    /// </summary>
    private static IEnumerable<string> Initials(string body, HashSet<string> skipped, HashSet<string> common)
    {
        var words = Words.Split(body).Select(w => w.Lower).Where(w => !skipped.Contains(w)).ToList();
        yield return string.Concat(words.Select(w => w[0]));
        var own = string.Concat(words.Where(w => !common.Contains(w)).Select(w => w[0]));
        var noun = string.Concat(words.Where(common.Contains).Select(w => w[0]));
        if (own.Length == 0 || noun.Length == 0) yield break;
        yield return own + noun;
        yield return noun + own;
    }

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string body)
    {
        if (!index.TryGetValue(key, out var set)) index[key] = set = [];
        set.Add(body);
    }

    private static bool NearBodyNoun(IReadOnlyList<Word> words, int at)
    {
        for (var i = Math.Max(0, at - Window); i < Math.Min(words.Count, at + Window + 1); i++)
            if (BodyNouns.Contains(words[i].Lower) || MeetingNouns.Contains(words[i].Lower)) return true;
        return false;
    }
}
