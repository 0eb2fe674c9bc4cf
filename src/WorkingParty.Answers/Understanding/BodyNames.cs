namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Recognises a working party named in a question: by its short name anywhere ("COPEN", "TWP"), or by the words of
/// its name that are not common to all names ("the cyber WP", "the HWP on Cyber Issues"), said next to "working
/// party", "WP" or "group".
/// </summary>
internal sealed class BodyNames
{
    private static readonly string[] BodyNouns = ["wp", "hwp", "working", "party", "group", "committee"];
    private const int Window = 4;
    private readonly Dictionary<string, HashSet<string>> bodiesByWord = new();
    private readonly Dictionary<string, string> bodiesByShortName = new();

    /// <param name="bodies">The names of the bodies whose minutes are stored.</param>
    /// <param name="commonWords">Words that name no body in particular ("working", "issues").</param>
    /// <param name="shortNames">One-word names of known bodies, by body name ("COPEN").</param>
    public BodyNames(IEnumerable<string> bodies, IEnumerable<string> commonWords, ILookup<string, string> shortNames)
    {
        var common = commonWords.ToHashSet();
        foreach (var body in bodies.Distinct())
        {
            foreach (var word in Words.Split(body).Select(w => w.Lower).Where(w => !common.Contains(w) && !BodyNouns.Contains(w)))
            {
                if (!bodiesByWord.TryGetValue(word, out var set)) bodiesByWord[word] = set = [];
                set.Add(body);
            }
            foreach (var shortName in shortNames[body]) bodiesByShortName[shortName.ToLowerInvariant()] = body;
        }
    }

    /// <summary>The bodies the question names and the positions of the words that name them.</summary>
    public (IReadOnlySet<string>? Bodies, IReadOnlyList<int> Positions) Find(IReadOnlyList<Word> words)
    {
        HashSet<string>? bodies = null;
        var positions = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (bodiesByShortName.TryGetValue(words[i].Lower, out var body))
            {
                bodies = [body];
                positions.Add(i);
                continue;
            }
            if (!bodiesByWord.TryGetValue(words[i].Lower, out var named) || !NearBodyNoun(words, i)) continue;
            bodies = bodies is null ? [.. named] : [.. bodies.Intersect(named)];
            positions.Add(i);
        }
        return (bodies is { Count: > 0 } ? bodies : null, positions);
    }

    private static bool NearBodyNoun(IReadOnlyList<Word> words, int at)
    {
        for (var i = Math.Max(0, at - Window); i < Math.Min(words.Count, at + Window + 1); i++)
            if (BodyNouns.Contains(words[i].Lower)) return true;
        return false;
    }
}
