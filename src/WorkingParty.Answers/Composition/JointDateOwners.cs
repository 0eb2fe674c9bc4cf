namespace WorkingParty.Answers.Composition;

/// <summary>
/// The body of a joint meeting a coming date belongs to, read from the date's own clause: in "the REEF will next meet on
/// 8 March and the TIDE on 16 March", 8 March is the REEF's and 16 March the TIDE's; a date whose clause names both
/// bodies or neither ("a further joint meeting is planned for 20 June") is the joint meeting's; a tag right after the
/// date ("27 May (Working Party on Lighthouses)", "27 May for the TIDE") names its body before its clause does. Asked
/// about one of the bodies, the other's own dates are no answer.
/// </summary>
internal static partial class JointDateOwners
{
    /// <summary>Where a joint meeting's name divides into its bodies: "A and the B", "A &amp; B"; else "A/B".</summary>
    [GeneratedRegex(@"\s+and\s+|&")]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"/")]
    private static partial Regex ShortPartSeparator();

    /// <summary>The note closing a joint meeting's name, "(Joint A/B)": short names of both its bodies, not words of the last one.</summary>
    [GeneratedRegex(@"\s*\((?i:joint)\s+[^()]+\)\s*$")]
    private static partial Regex JointNote();

    /// <summary>Words that name no body in particular: "joint", "meeting", "of", "the", "on".</summary>
    private static readonly HashSet<string> Unnaming = [.. Vocabulary.Default.BodyWords, .. Vocabulary.Default.Fillers,
        .. Vocabulary.Default.AcronymSkipWords, .. Vocabulary.Default.JointWords, .. Vocabulary.Default.MeetingWords];

    private static readonly HashSet<string> JointWords = [.. Vocabulary.Default.JointWords];

    /// <summary>Initials shorter than this are too often another word ("WP").</summary>
    private const int ShortestInitials = 3;

    /// <summary>A word this long or shorter keeps its final "s" ("bus"): it is no plural of a name's word.</summary>
    private const int LongestUnpluralled = 3;

    /// <summary>The dates that are not the own dates of a joint meeting's body other than the one the question asks about.</summary>
    public static List<UpcomingDate> OfAsked(List<UpcomingDate> dates, IReadOnlyList<Word> question, IReadOnlySet<string>? bodies) =>
        dates.Where(d => !OtherBodysOwn(d, question, bodies)).ToList();

    /// <summary>Whether the date's own clause names one of its joint meeting's bodies alone: "and the TIDE on 16 March".</summary>
    public static bool IsOneBodys(UpcomingDate date) => Owner(date) is not null;

    private static bool OtherBodysOwn(UpcomingDate date, IReadOnlyList<Word> question, IReadOnlySet<string>? bodies)
    {
        if (Owner(date) is not { } owner) return false;
        var asked = Named(question, owner.Parts);
        foreach (var body in bodies?.Where(b => !BodyConfigurations.IsJoint(b)) ?? []) asked.UnionWith(Named(Words.Split(body), owner.Parts));
        return asked.Count == 1 && !asked.Contains(owner.Part);
    }

    /// <summary>
    /// The body of its joint meeting the date's clause names alone, by its index among the meeting's bodies; none when
    /// the clause says the meeting is joint ("the REEF will hold a joint meeting with the TIDE on").
    /// </summary>
    private static (int Part, List<HashSet<string>> Parts)? Owner(UpcomingDate date)
    {
        if (date.Sentence is not { } sentence || !BodyConfigurations.IsJoint(date.Source.Body)) return null;
        var parts = PartsOf(date.Source.Body);
        if (parts.Count < 2) return null;
        // "14 May (Harbour Working Party)": a tag after the date names its body; other dates' tags name no body of theirs.
        if (DateTags.Of(sentence, date.Date) is { } tag && !tag.Any(w => JointWords.Contains(w.Lower)) && Named(tag, parts) is { Count: 1 } tagged)
            return (tagged.Single(), parts);
        if (DateClauses.Of(DateTags.Without(sentence, words => Named(words, parts).Count > 0), date.Date) is not { } clause) return null;
        if (clause.Any(w => JointWords.Contains(w.Lower))) return null;
        return Named(clause, parts) is { Count: 1 } named ? (named.Single(), parts) : null;
    }

    /// <summary>
    /// The words naming each body of a joint meeting, by its part of the name: "reef" for "the Working Party on Reefs
    /// (REEF)", and the initials of its words ("wpr", "rwp" for "the Reef Working Party"). The name divides outside its
    /// brackets ("(Police/Customs)" is one body's); a closing note "(Joint RWP/TWP)" names both, so neither.
    /// </summary>
    private static List<HashSet<string>> PartsOf(string body)
    {
        var note = JointNote().Match(body);
        var name = note.Success ? body[..note.Index] : body;
        var split = OutsideBrackets(name, PartSeparator());
        return (split.Count > 1 ? split : OutsideBrackets(name, ShortPartSeparator())).Select(NamingKeys).Where(keys => keys.Count > 0).ToList();
    }

    /// <summary>The name divided where the separator stands outside brackets.</summary>
    private static List<string> OutsideBrackets(string name, Regex separator)
    {
        var parts = new List<string>();
        var start = 0;
        foreach (Match match in separator.Matches(name))
        {
            var before = name[..match.Index];
            if (before.Count(c => c == '(') != before.Count(c => c == ')')) continue;
            parts.Add(name[start..match.Index]);
            start = match.Index + match.Length;
        }
        parts.Add(name[start..]);
        return parts;
    }

    private static HashSet<string> NamingKeys(string part)
    {
        var own = Words.Split(part).Select(w => w.Lower).Where(w => !Unnaming.Contains(w) && !BodyNames.Nouns.Contains(w)).Select(Key);
        var words = Words.Split(BodyConfigurations.WithoutTrailingBracket(part)).Select(w => w.Lower).ToList();
        var initials = string.Concat(words.Where(w => !Unnaming.Contains(w)).Select(w => w[0]));
        // "the Law Enforcement Working Party" is the "lewp": the initials with its body nouns too.
        var withNouns = string.Concat(words.Where(w => !Unnaming.Contains(w) || BodyNames.Nouns.Contains(w)).Select(w => w[0]));
        return [.. own, .. new[] { initials, withNouns }.Where(i => i.Length >= ShortestInitials)];
    }

    /// <summary>The indexes of the parts the words name.</summary>
    private static HashSet<int> Named(IReadOnlyList<Word> words, List<HashSet<string>> parts)
    {
        var keys = words.Select(w => Key(w.Lower)).ToHashSet();
        return [.. Enumerable.Range(0, parts.Count).Where(i => parts[i].Overlaps(keys) && !parts.Where((_, j) => j != i).Any(p => p.SetEquals(parts[i])))];
    }

    /// <summary>A word and its plural alike: "reef" for "Reefs" and "REEF".</summary>
    private static string Key(string lower) => lower.Length > LongestUnpluralled && lower.EndsWith('s') ? lower[..^1] : lower;
}
