namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Recognises a working party named in a question: by its short name anywhere ("COPEN", "TWP", or the initials of its
/// name: "WPI" for the Working Party on Information), or by the words of its name that are not common to all names
/// ("the cyber WP", "the HWP on Cyber Issues", "the terrorism working party"), said next to "working party", "WP" or
/// "group"; and, said beside those or a meeting word ("vtc", "meeting"), by a nickname the minutes give away (see
/// <see cref="Library.BodyNicknames"/>), by the initials of some of its words ("the MV WP" for "... (Motor Vehicles)"),
/// or by clipped words glued together ("the finserv WP").
/// </summary>
internal sealed partial class BodyNames
{
    private static readonly string[] BodyNouns = ["wp", "hwp", "working", "party", "group", "committee"];

    /// <summary>The nouns that say a name is a body's: "working", "party", "WP", "group", "committee".</summary>
    public static IReadOnlyList<string> Nouns => BodyNouns;

    private const int Window = 4;

    /// <summary>Two-letter initials ("AH WP") name a body only this close to a body or meeting word.</summary>
    private const int InitialsWindow = 2;

    /// <summary>A clipped word of a name ("dev", "infra", "transp") has at least this many letters.</summary>
    private const int ShortestClipped = 3;

    /// <summary>Anywhere in a question, shorter initials are too often a word or a delegation code ("IT", "PL").</summary>
    private const int ShortestInitials = 3;

    /// <summary>Initials of some words of a name, said beside a body or meeting word: "the MV WP".</summary>
    private const int ShortestPartInitials = 2;

    private readonly Dictionary<string, HashSet<string>> _bodiesByWord = new();
    private readonly Dictionary<string, HashSet<string>> _bodiesByShortName = new();
    private readonly Dictionary<string, HashSet<string>> _bodiesByNickname = new();

    /// <summary>The words of the names by their stem, so that "culture" names the Working Party on Cultural Affairs.</summary>
    private readonly Dictionary<string, HashSet<string>> _bodiesByStem = new();

    /// <summary>A stem names a body only when it is this long: shorter ones are too often another word's.</summary>
    private const int ShortestStem = 5;

    /// <summary>
    /// The initials of a name's own words, written in no document ("DTR" for the Working Party on Digital-era Tax
    /// Records, "HLGSF" for the High-Level Group on Seabed Fisheries), and of its bracketed qualifier in words ("CBG" for
    /// "... (Coastal Buoy Group)"): valid anywhere when the question writes them in capitals.
    /// </summary>
    private readonly Dictionary<string, HashSet<string>> _bodiesByCapitalInitials = new();
    /// <summary>
    /// The initials of a name of two words joined by "and", its bracket aside, which a question writes as two capitals
    /// around an ampersand ("L&amp;T" for the Working Party on Lighthouses and Tides (Coastal Warnings)).
    /// </summary>
    private readonly Dictionary<string, HashSet<string>> _bodiesByLetterPair = new();
    /// <summary>
    /// A body by the stored bodies that are meetings of it under another name, which its name names too: its
    /// configurations ("Working Party on Customs Union (Single Window)" for the Working Party on Customs Union) and the
    /// joint meetings bracketing its short name (see <see cref="Library.BodyConfigurations"/>).
    /// </summary>
    private readonly Dictionary<string, HashSet<string>> _configurations = new();
    private readonly List<(string[] Words, string Body)> _fullNames = [];
    private readonly List<(string[] Own, string Body)> _ownWords = [];

    /// <summary>Every word of a body's name but the skip words ("on", "the"), by body: "coastal", "agenda".</summary>
    private readonly Dictionary<string, HashSet<string>> _nameWords = new();

    /// <summary>Every word of every stored body's name but the skip words and body nouns ("cyber", "issues").</summary>
    private readonly HashSet<string> _anyNameWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _meetingNouns;

    /// <summary>
    /// Short names valid anywhere in a question, unless the question writes them in lower case and an item title uses
    /// them as a word: the bracketed capitals of a stored name ("Working Party on Ports (PORTS)"), and the one word of a
    /// "&lt;Word&gt; Group" name ("Harbour Group").
    /// </summary>
    private readonly Dictionary<string, HashSet<string>> _bodiesByLoneName = new();

    /// <summary>"minutes", "deadlines", "agenda": a word of a name beside one names the body, unless an item title uses it.</summary>
    private readonly HashSet<string> _recordWords;

    /// <summary>"minutes", "deadlines": beside one, a word of a name (not a nickname) names the body even when an item title uses it.</summary>
    private readonly HashSet<string> _recordWordsOverTitles;

    /// <summary>Whether an item title of the minutes uses a word: then a name said alone may be the topic.</summary>
    private readonly Func<string, bool> _titled;

    /// <summary>"next", "upcoming": a name right after one is a body's ("next agri?"), as beside a meeting word.</summary>
    private readonly HashSet<string> _comingWords;

    /// <summary>Words never read as part of a name: fillers and months ("the next meeting in mar").</summary>
    private readonly HashSet<string> _plain;

    /// <param name="bodies">The names of the bodies whose minutes are stored.</param>
    /// <param name="vocabulary">
    /// Its body words name no body in particular ("working", "issues"); its fillers neither, unless a name has no other
    /// word ("the information working party" is the Working Party on Information); its acronym skip words are left out
    /// of initials.
    /// </param>
    /// <param name="shortNames">Other names of known bodies, by body name ("COPEN", "HWP on Cyber Issues").</param>
    /// <param name="nicknames">Names said only beside a body or meeting word, by body name ("pharma", "coweb").</param>
    /// <param name="namesActor">Whether a word names an actor: "FR" is France, never the initials of "Fundamental Rights".</param>
    /// <param name="titled">Whether an item title of the minutes uses a word ("ports" in "Ports and inland waterways").</param>
    public BodyNames(IEnumerable<string> bodies, Vocabulary vocabulary, ILookup<string, string> shortNames,
        ILookup<string, string> nicknames, Func<string, bool> namesActor, Func<string, bool>? titled = null)
    {
        _titled = titled ?? (_ => false);
        _recordWords = [.. vocabulary.RecordWords];
        _recordWordsOverTitles = [.. vocabulary.RecordNounsOverTitles];
        var common = vocabulary.BodyWords.Concat(BodyNouns).ToHashSet();
        var fillers = vocabulary.Fillers.ToHashSet();
        var skipped = vocabulary.AcronymSkipWords.ToHashSet();
        _meetingNouns = [.. vocabulary.MeetingWords];
        _comingWords = [.. vocabulary.ComingWords];
        _plain = [.. fillers, .. vocabulary.Months.Keys];
        var stored = bodies.Distinct().ToList();
        foreach (var party in stored)
        {
            // "MAMA" for the Working Party on the Mashreq/Maghreb (its header code) also names the joint meeting "... (Joint MaMa/MOG)".
            var own = ShortNamesOf(shortNames, party).Where(s => !s.Contains(' ', StringComparison.Ordinal)).ToList();
            foreach (var body in stored.Where(b => b != party && (Library.BodyConfigurations.Of(party, b) || own.Any(s => Library.BodyConfigurations.Brackets(b, s, StringComparer.OrdinalIgnoreCase)))))
                Add(_configurations, party, body);
        }
        foreach (var body in stored)
        {
            var own = Words.Split(body).Select(w => w.Lower).Where(w => !common.Contains(w)).ToList();
            foreach (var word in own.Any(w => !fillers.Contains(w)) ? own.Where(w => !fillers.Contains(w)) : own)
            {
                Add(_bodiesByWord, word, body);
                if (Stem(word) is { Length: >= ShortestStem } stem) Add(_bodiesByStem, stem, body);
            }
            var content = own.Where(w => !skipped.Contains(w)).ToArray();
            foreach (var lone in LoneNames(body, own, fillers, common))
                if (!namesActor(lone) && !_meetingNouns.Contains(lone)) Add(_bodiesByLoneName, lone, body);
            _ownWords.Add((content, body));
            _nameWords[body] = [.. Words.Split(body).Select(w => w.Lower).Where(w => !skipped.Contains(w) && !BodyNouns.Contains(w))];
            _anyNameWords.UnionWith(_nameWords[body]);
            foreach (var nickname in nicknames[body]) Add(_bodiesByNickname, nickname, body);
            foreach (var initials in PartInitials(content))
                if (!fillers.Contains(initials) && !namesActor(initials)) Add(_bodiesByNickname, initials, body);
            foreach (var name in ShortNamesOf(shortNames, body).Append(body))
            {
                var words = Words.Split(name).Select(w => w.Lower).ToArray();
                if (words.Length == 1) Add(_bodiesByShortName, words[0], body);
                else _fullNames.Add((words, body));
            }
            var bare = HyphensApart(Library.BodyConfigurations.WithoutTrailingBracket(body));
            // "cuwp" for the Working Party on Customs Union (Single Window): the initials of the name, its bracket aside too.
            foreach (var initials in Initials(body, skipped, common).Concat(Initials(bare, skipped, common)))
                if (initials.Length >= ShortestInitials && !fillers.Contains(initials)) Add(_bodiesByShortName, initials, body);
            // "aci" for "... (Anti-coercion instrument)": the initials of a qualifier in words, each part of a hyphenated word too.
            if (QualifierInWords().Match(body) is { Success: true } qualified
                && InitialsWithoutBodyNouns(HyphensApart(qualified.Groups["words"].Value), skipped) is { Length: >= ShortestInitials } wordInitials
                && !fillers.Contains(wordInitials) && !namesActor(wordInitials))
            {
                Add(_bodiesByShortName, wordInitials, body);
            }
            var qualifier = Library.BodySpellings.QualifierInitials(body)?.ToLowerInvariant();
            var capitalInitials = Initials(HyphensApart(body), skipped, common).Prepend(string.Concat(content.Select(w => w[0])))
                .Concat(qualifier is null ? [] : [qualifier]).Concat(Initials(bare, skipped, common)).Append(InitialsWithoutBodyNouns(bare, skipped))
                .Concat(Library.BodyConfigurations.JointParts(body).Select(part => HyphensApart(Library.BodyConfigurations.WithoutTrailingBracket(part)))
                    .SelectMany(part => Initials(part, skipped, common).Append(InitialsWithoutBodyNouns(part, skipped))));
            foreach (var initials in capitalInitials)
            {
                if (initials.Length >= ShortestInitials && !fillers.Contains(initials) && !namesActor(initials) && !_plain.Contains(initials))
                    Add(_bodiesByCapitalInitials, initials, body);
            }
            if (Words.Split(bare).Select(w => w.Lower).Where(w => w == "and" || !(BodyNouns.Contains(w) || skipped.Contains(w))).ToList() is [var first, "and", var second])
                Add(_bodiesByLetterPair, $"{first[0]}{second[0]}", body);
        }
        _fullNames.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The bodies the question names and the positions of the words that name them.</summary>
    public (IReadOnlySet<string>? Bodies, IReadOnlyList<int> Positions) Find(IReadOnlyList<Word> words)
    {
        if (UnheldNameAt(words) is { } unheld)
        {
            // "the Working Party on Seismic Questions": no body held, not one sharing its last word.
            return (new HashSet<string>(), unheld);
        }

        HashSet<string>? bodies = null;
        var positions = new List<int>();
        var shouted = words.Count > 1 && words.All(w => IsCapitals(w.Original) || !w.Original.Any(char.IsLetter));
        for (var i = 0; i < words.Count; i++)
        {
            if (FullNameAt(words, i) is { } full)
            {
                bodies = WithConfigurations([full.Body]);
                positions.AddRange(Enumerable.Range(i, full.Words.Length));
                i += full.Words.Length - 1;
                continue;
            }
            if (_bodiesByShortName.TryGetValue(words[i].Lower, out var named))
            {
                bodies = WithConfigurations(named);
                positions.Add(i);
                continue;
            }
            if (IsCapitals(words[i].Original) && !shouted && _bodiesByCapitalInitials.TryGetValue(words[i].Lower, out var initialled))
            {
                bodies = WithConfigurations(initialled);
                positions.Add(i);
                continue;
            }
            if (LetterPairAt(words, i) is { } paired)
            {
                bodies = [.. paired];
                positions.AddRange([i, i + 1]);
                i++;
                continue;
            }
            if (_bodiesByLoneName.TryGetValue(words[i].Lower, out var lone) && (IsCapitals(words[i].Original) || !_titled(words[i].Lower)))
            {
                bodies = WithConfigurations(lone);
                positions.Add(i);
                continue;
            }
            var licensed = NearBodyNoun(words, i, Window) || AfterComingWord(words, i)
                || (NearRecordWord(words, i, _recordWords) && (!_titled(words[i].Lower) || OverTitle(words, i)));
            if (!licensed || (named = NamedBeside(words, i)) is null) continue;
            // "SAMA" for "... (SAMA Grazing)": a short name in capitals names the party's configurations too.
            if (IsCapitals(words[i].Original)) named = WithConfigurations(named);
            // "the energy WP discuss RED II": a word beside the body's name that names none of its bodies (a clipped or
            // misspelt form of another's) is the topic, not a second name that leaves no body.
            if (bodies is not null && !bodies.Overlaps(named)) continue;
            bodies = bodies is null ? [.. named] : [.. bodies.Intersect(named)];
            positions.Add(i);
        }
        if (bodies is not { Count: > 0 }) return (null, positions);
        return (bodies, WithNeighbouringNameWords(words, positions, bodies));
    }

    /// <summary>
    /// The bodies a word names, with the party of a configuration it names when it clips a word of the party's name too:
    /// "shell" in "Working Party on Shellfish (Shell labelling)" is also the Working Party on Shellfish, and so all its
    /// configurations.
    /// </summary>
    private HashSet<string> WithClippedParties(string word, HashSet<string> named)
    {
        HashSet<string>? parties = null;
        foreach (var (party, configurations) in _configurations)
        {
            if (named.Contains(party) || !configurations.Overlaps(named)) continue;
            if (!_nameWords.TryGetValue(party, out var partyWords) || !partyWords.Any(w => w.Length > word.Length && w.StartsWith(word, StringComparison.Ordinal))) continue;
            (parties ??= []).Add(party);
        }
        return parties is null ? named : [.. named, .. WithConfigurations(parties)];
    }

    /// <summary>A body's short names, and those of the party it is a configuration of ("LEWP" for "... (Police)").</summary>
    private static IEnumerable<string> ShortNamesOf(ILookup<string, string> shortNames, string body) =>
        Library.BodyConfigurations.WithoutTrailingBracket(body) is var party && party != body ? shortNames[body].Concat(shortNames[party]).Distinct() : shortNames[body];

    /// <summary>The bodies with the configurations of each ("the CUWP" is also the Working Party on Customs Union (Single Window)).</summary>
    private HashSet<string> WithConfigurations(IEnumerable<string> bodies) =>
        [.. bodies.SelectMany(b => _configurations.TryGetValue(b, out var configurations) ? configurations.Append(b) : [b])];

    /// <summary>
    /// The positions that name a body, widened over the neighbouring words of its name that name nothing alone ("the
    /// coastal agenda WP": "agenda" is part of the name, not a request for the agenda).
    /// </summary>
    private List<int> WithNeighbouringNameWords(IReadOnlyList<Word> words, List<int> positions, IReadOnlySet<string> bodies)
    {
        var nameWords = bodies.SelectMany(b => _nameWords.GetValueOrDefault(b) ?? []).ToHashSet();
        var all = positions.ToHashSet();
        foreach (var start in positions)
        {
            foreach (var step in (int[])[-1, 1])
            {
                for (var i = start + step; i >= 0 && i < words.Count && !all.Contains(i) && nameWords.Contains(words[i].Lower); i += step)
                    all.Add(i);
            }
        }
        return [.. all.Order()];
    }

    /// <summary>
    /// The positions of a body's name written in full ("working party on seismic questions", "WP on the X") whose first
    /// own word names no body held, nor is a word of none's name; null when the question writes no such name.
    /// </summary>
    private List<int>? UnheldNameAt(IReadOnlyList<Word> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var head = words[i].Lower == "working" && words[i + 1].Lower == "party" ? i + 2 : words[i].Lower == "wp" ? i + 1 : -1;
            // "the VAT WP on rates": a body named before "WP", and what it discussed after "on".
            if (head < 0 || head >= words.Count || words[head].Lower is not ("on" or "for" or "of") || (i > 0 && NamesBody(words, i - 1))) continue;
            var first = head + 1 < words.Count && words[head + 1].Lower == "the" ? head + 2 : head + 1;
            if (first >= words.Count || !char.IsLetter(words[first].Lower[0]) || _plain.Contains(words[first].Lower) || BodyNouns.Contains(words[first].Lower)) continue;
            if (NamesBody(words, first)) return null;
            var end = first;
            while (end + 1 < words.Count && !_plain.Contains(words[end + 1].Lower) && !BodyNouns.Contains(words[end + 1].Lower)) end++;
            return [.. Enumerable.Range(i, end - i + 1)];
        }
        return null;
    }

    private bool NamesBody(IReadOnlyList<Word> words, int at) =>
        NamedBeside(words, at) is not null || _bodiesByShortName.ContainsKey(words[at].Lower) || _bodiesByLoneName.ContainsKey(words[at].Lower);

    /// <summary>Whether a word is written in the name of one of the bodies, other than a body noun or a skip word.</summary>
    public bool InNameOf(IReadOnlySet<string> bodies, string word) => bodies.Any(b => _nameWords.TryGetValue(b, out var w) && w.Contains(word));

    /// <summary>Whether a word is written in the name of any stored body, other than a body noun or a skip word ("issues").</summary>
    public bool InAnyName(string word) => _anyNameWords.Contains(word);

    /// <summary>Whether the question says "working party", "WP", "group" or "committee".</summary>
    public static bool SaysBody(IReadOnlyList<Word> words) => words.Any(w => BodyNouns.Contains(w.Lower));

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
    /// The bodies a word said beside a body or meeting word names: as a word of their names, a nickname or the initials
    /// of some of their words; a hyphenated word by all its parts ("HWP-CT"). Null when it names none.
    /// </summary>
    private HashSet<string>? NamedBeside(IReadOnlyList<Word> words, int at)
    {
        var word = words[at].Lower;
        if (_bodiesByWord.TryGetValue(word, out var whole)) return WithClippedParties(word, whole);
        var parts = word.Split('-', '/').Where(p => p.Length > 0 && !BodyNouns.Contains(p)).ToList();
        if (parts.Count > 1 || (parts.Count == 1 && parts[0] != word))
        {
            HashSet<string>? all = null;
            foreach (var part in parts)
            {
                if (NamedOrNicknamed(part, words, at) is not { } named) return null;
                all = all is null ? [.. named] : [.. all.Intersect(named)];
            }
            return all is { Count: > 0 } ? all : null;
        }
        return NamedOrNicknamed(word, words, at);
    }

    private HashSet<string>? NamedOrNicknamed(string word, IReadOnlyList<Word> words, int at)
    {
        if (Named(word) is { } named) return named;
        if (!_bodiesByNickname.TryGetValue(word, out var nicknamed)) return null;
        // A party's nickname ("use" of "dual-use-2009.txt") names its configurations and joint meetings too, as its name does.
        return word.Length > ShortestPartInitials || NearBodyNoun(words, at, InitialsWindow) ? WithConfigurations(nicknamed) : null;
    }

    /// <summary>
    /// The bodies a word of their names stands for: the word, a clipped form of at least three letters ("dev" for
    /// "development"), the word with one wrong letter, or clipped words of two names' words glued ("finserv"); null
    /// when it names none.
    /// </summary>
    private HashSet<string>? Named(string word)
    {
        if (_bodiesByWord.TryGetValue(word, out var named)) return named;
        if (word.Length < ShortestClipped || _plain.Contains(word)) return null;
        if (Stem(word) is { Length: >= ShortestStem } stem && _bodiesByStem.TryGetValue(stem, out var stemmed)) return stemmed;
        HashSet<string>? found = null;
        foreach (var (key, bodies) in _bodiesByWord)
        {
            if (!(key.Length > word.Length && key.StartsWith(word, StringComparison.Ordinal)) && !EditDistance.Matches(word, key)) continue;
            found ??= [];
            found.UnionWith(bodies);
        }
        return found ?? Glued(word);
    }

    /// <summary>The bodies two neighbouring words of whose names the word clips and glues: "fishpol", "finserv".</summary>
    private HashSet<string>? Glued(string word)
    {
        HashSet<string>? found = null;
        for (var cut = ShortestClipped; cut <= word.Length - ShortestClipped; cut++)
        {
            var (first, second) = (word[..cut], word[cut..]);
            foreach (var (own, body) in _ownWords)
            {
                for (var i = 0; i + 1 < own.Length; i++)
                {
                    if (!own[i].StartsWith(first, StringComparison.Ordinal) || !own[i + 1].StartsWith(second, StringComparison.Ordinal)) continue;
                    found ??= [];
                    found.Add(body);
                }
            }
        }
        return found;
    }

    /// <summary>The initials of every run of two or more neighbouring words of a name: "AH", "MV", "AHW".</summary>
    private static IEnumerable<string> PartInitials(string[] own)
    {
        for (var start = 0; start < own.Length; start++)
        {
            for (var end = start + ShortestPartInitials; end <= own.Length; end++)
                yield return string.Concat(own[start..end].Select(w => w[0]));
        }
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
        // "Working Party on Cross-Border Issues" is also the WPCB: the body nouns' initials without the other common words'.
        var bodyNoun = string.Concat(words.Where(BodyNouns.Contains).Select(w => w[0]));
        if (bodyNoun.Length == 0 || bodyNoun == noun) yield break;
        yield return own + bodyNoun;
        yield return bodyNoun + own;
    }

    /// <summary>Two single capitals in a row ("L&amp;T", whose ampersand the words drop) that a letter pair names.</summary>
    private HashSet<string>? LetterPairAt(IReadOnlyList<Word> words, int at) =>
        at + 1 < words.Count && IsLetter(words[at]) && IsLetter(words[at + 1])
        && _bodiesByLetterPair.TryGetValue(words[at].Lower + words[at + 1].Lower, out var bodies) ? bodies : null;

    private static bool IsLetter(Word word) => word.Original.Length == 1 && char.IsUpper(word.Original[0]);

    /// <summary>
    /// "Working Party on Horizontal Fisheries Questions" is the HFQ: the initials of every word but the body nouns and
    /// the skip words, descriptive words such as "horizontal" or "questions" kept.
    /// </summary>
    private static string InitialsWithoutBodyNouns(string name, HashSet<string> skipped) =>
        string.Concat(Words.Split(name).Select(w => w.Lower).Where(w => !skipped.Contains(w) && !BodyNouns.Contains(w)).Select(w => w[0]));

    /// <summary>A qualifier in words at the end of a name, its first word capitalised: "(Anti-coercion instrument)".</summary>
    [GeneratedRegex(@"\((?<words>\p{Lu}\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+)+)\)\s*$")]
    private static partial Regex QualifierInWords();

    /// <summary>"High-Level Group" read as "High Level Group", whose initials are "HLG".</summary>
    private static string HyphensApart(string body) => body.Replace('-', ' ');

    /// <summary>
    /// The short names a body's name gives away whole: its bracketed capitals ("(PORTS)", "(SCP)"), and its one own word
    /// when the name is that word and a body noun ("Harbour Group", "Sluice Committee").
    /// </summary>
    private static IEnumerable<string> LoneNames(string body, List<string> own, HashSet<string> fillers, HashSet<string> common)
    {
        foreach (Match match in BracketedCapitals().Matches(body))
        {
            // "(PORTS WP)": the words of the bracket that are no body noun.
            var named = Words.Split(match.Groups["short"].Value).Select(w => w.Lower).Where(w => !common.Contains(w)).ToList();
            if (named.Count == 1 && !fillers.Contains(named[0])) yield return named[0];
        }
        var words = Words.Split(BracketedCapitals().Replace(body, "")).Select(w => w.Lower).ToList();
        var distinct = own.Where(w => !fillers.Contains(w)).Distinct().ToList();
        if (distinct.Count == 1 && words.Count > 1 && words[0] == distinct[0] && words.Skip(1).All(common.Contains)
            && distinct[0].Length >= ShortestClipped && !fillers.Contains(distinct[0]))
        {
            yield return distinct[0];
        }
    }

    /// <summary>A bracketed short name in capitals ("(PORTS)", "(PORTS WP)"), or in capitals and single small letters ("(MaMa)", "(CoOL)").</summary>
    [GeneratedRegex(@"\((?<short>\p{Lu}(?:[\p{Lu}\d&-]|\p{Ll}(?=\p{Lu})){1,11}\p{Ll}?(?:\s+\p{Lu}[\p{Lu}\d&-]{0,11}){0,2})\)")]
    private static partial Regex BracketedCapitals();

    /// <summary>Whether a word is written in capitals ("PORTS"), as a delegate writes a short name, not a topic.</summary>
    private static bool IsCapitals(string word) => word.Length > 1 && word.Any(char.IsLetter) && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool NearRecordWord(IReadOnlyList<Word> words, int at, HashSet<string> recordWords)
    {
        for (var i = Math.Max(0, at - InitialsWindow); i < Math.Min(words.Count, at + InitialsWindow + 1); i++)
            if (i != at && recordWords.Contains(words[i].Lower)) return true;
        return false;
    }

    /// <summary>
    /// Whether a word an item title uses names a body all the same: a word of its name (not a nickname: "AML" beside
    /// "deadline" is the item's topic), beside "minutes" or "deadlines", which are a body's.
    /// </summary>
    private bool OverTitle(IReadOnlyList<Word> words, int at) => NearRecordWord(words, at, _recordWordsOverTitles) && Named(words[at].Lower) is not null;

    /// <summary>
    /// A word without the endings that make a noun of an adjective or a plural of a noun: "cultural", "culture" and
    /// "cultures" are all "cultur"; "fisheries" is "fishery".
    /// </summary>
    private static string Stem(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) word = word[..^1];
        if (word.EndsWith("al", StringComparison.Ordinal)) word = word[..^2];
        return word.EndsWith('e') ? word[..^1] : word;
    }

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string body)
    {
        if (!index.TryGetValue(key, out var set)) index[key] = set = [];
        set.Add(body);
    }

    /// <summary>Whether the word comes right after "next" or "upcoming" ("when's the next agri?"), "the" between allowed.</summary>
    private bool AfterComingWord(IReadOnlyList<Word> words, int at) =>
        (at > 0 && _comingWords.Contains(words[at - 1].Lower))
        || (at > 1 && words[at - 1].Lower == "the" && _comingWords.Contains(words[at - 2].Lower));

    private bool NearBodyNoun(IReadOnlyList<Word> words, int at, int window)
    {
        for (var i = Math.Max(0, at - window); i < Math.Min(words.Count, at + window + 1); i++)
            if (i != at && (BodyNouns.Contains(words[i].Lower) || _meetingNouns.Contains(words[i].Lower))) return true;
        return false;
    }
}
