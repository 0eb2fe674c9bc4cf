namespace WorkingParty.Answers.Library;

/// <summary>
/// The short names the minutes define: a bracketed one after the words it abbreviates ("the Ship Safety Regulation
/// (SSR)", "the Working Party on Maritime Transport (WPMT)"), and the initials of a capitalised phrase in an item or
/// sub-item title ("Ship Safety Regulation" is the SSR). A short name of a working party's name is that working party's;
/// any other stands for its phrase. Learned while the library is built, from titles and from the paragraphs that hold a
/// bracket. Beyond those, short names the minutes never define but a delegate may use are guessed from the initials of
/// capitalised phrases and of three or four content words in a row, one skip word allowed between two of them, in
/// sentences and titles ("PSM" for "public service media", "EPD" for "energy performance of dwellings"), and only kept
/// when no other phrase of the minutes has the same initials; the parts of a hyphenated word count as words ("ACI" for
/// "anti-coercion instrument").
/// </summary>
internal sealed partial class Abbreviations
{
    /// <summary>Two-letter initials are too often a delegation code or a word.</summary>
    private const int ShortestInitials = 3;

    private readonly Dictionary<string, string> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bodies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skipped;
    private readonly HashSet<string> _bodyWords;
    private readonly HashSet<string> _fillers;

    /// <summary>Initials guessed from phrases of the text; null when two phrases have the same initials.</summary>
    private readonly Dictionary<string, string?> _guessed = new(StringComparer.Ordinal);

    /// <summary>
    /// Initials with the letters of the skip words inside the phrase ("yia": "youth in action", "hcoc": "Hague Code of
    /// Conduct"), asked only after the others so that they never shadow a phrase found before.
    /// </summary>
    private readonly Dictionary<string, string?> _guessedWithSkipWords = new(StringComparer.Ordinal);

    private const int ShortestGuessedRun = 3;
    private const int LongestGuessedRun = 4;

    [GeneratedRegex(@"\(\s*(?<short>\p{Lu}[\p{L}\d-]{1,9})\s*\)")]
    private static partial Regex Bracketed();

    /// <summary>Capitalised words in a row, skip words between, a possessive's apostrophe kept ("Senior Officials' Meeting").</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|on|the|and|for|in|to)\s+)?\p{Lu}[\p{L}'’-]+)+")]
    private static partial Regex CapitalisedPhrase();

    /// <param name="meetings">The meetings, oldest first: a later definition replaces an earlier one.</param>
    public Abbreviations(IEnumerable<Meeting> meetings, Vocabulary vocabulary)
    {
        _skipped = vocabulary.AcronymSkipWords.ToHashSet();
        _bodyWords = vocabulary.BodyWords.ToHashSet();
        _fillers = vocabulary.Fillers.ToHashSet();
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var meeting in meetings)
        {
            bodies.Add(meeting.Body.ToLowerInvariant());
            LearnBracketed(meeting.Body, meeting.Body);
            foreach (var item in meeting.Items)
            {
                LearnTitle(item.Title);
                Guess(item.Title);
                foreach (var sub in item.SubItems)
                {
                    LearnTitle(sub.Title);
                    Guess(sub.Title);
                }
                foreach (var paragraph in item.Paragraphs)
                {
                    if (paragraph.Text.Contains('(')) LearnBracketed(paragraph.Text, meeting.Body);
                    foreach (var sentence in paragraph.Sentences) Guess(sentence.Text);
                }
            }
        }
        // "CoJ WP": initials of words of a working party's name, skip words and all, name the working party, not a phrase.
        foreach (var (initials, phrase) in _guessedWithSkipWords.ToList())
            if (phrase is not null && bodies.Any(b => b.Contains(phrase, StringComparison.Ordinal))) _guessedWithSkipWords.Remove(initials);
    }

    /// <summary>The phrase a short name stands for ("ssr": "Ship Safety Regulation"), or null.</summary>
    public string? Phrase(string shortName) =>
        _phrases.GetValueOrDefault(shortName) ?? _guessed.GetValueOrDefault(shortName) ?? _guessedWithSkipWords.GetValueOrDefault(shortName);

    /// <summary>Every short name the minutes give a working party, by body.</summary>
    public ILookup<string, string> BodyShortNames() => _bodies.ToLookup(b => b.Value, b => b.Key);

    private void LearnTitle(string title)
    {
        LearnBracketed(title, body: null);
        foreach (Match match in CapitalisedPhrase().Matches(title))
        {
            var words = Words.Split(match.Value);
            var initials = Initials(words);
            if (initials.Length >= ShortestInitials) _phrases.TryAdd(initials, match.Value);
            Guess(_guessedWithSkipWords, InitialsWithSkipWords(words), string.Join(' ', words.Select(w => w.Lower)));
        }
    }

    private void Guess(string sentence)
    {
        foreach (Match match in CapitalisedPhrase().Matches(sentence)) Guess(Words.Split(match.Value), capitalised: true);
        // "anti-coercion instrument" is the ACI: each part of a hyphenated word has its initial.
        var words = Words.Split(sentence.Contains('-') ? sentence.Replace('-', ' ') : sentence);
        // Each word is judged once, not once for every run it stands in: this runs over every sentence at start-up.
        var content = new bool[words.Count];
        for (var i = 0; i < words.Count; i++) content[i] = IsContentWord(words[i]);
        for (var start = 0; start < words.Count; start++)
        {
            if (!content[start]) continue;
            var run = new List<Word> { words[start] };
            var contentWords = 1;
            for (var i = start + 1; i < words.Count && contentWords < LongestGuessedRun; i++)
            {
                if (content[i])
                {
                    run.Add(words[i]);
                    if (++contentWords >= ShortestGuessedRun) Guess(run, capitalised: false);
                }
                // "protection of forest soils directive" is the PFSD: one skip word between two content words.
                else if (_skipped.Contains(words[i].Lower) && i + 1 < words.Count && content[i + 1])
                {
                    run.Add(words[i]);
                }
                else
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A phrase's initials, and a capitalised phrase's with its skip words' letters ("YiA" for "Youth in Action"); a
    /// sentence's opening "The" is no part of the phrase, so "The European Data Protection Supervisor" and the same words
    /// later in a sentence are one phrase, not two with the same initials.
    /// </summary>
    private void Guess(IReadOnlyList<Word> phrase, bool capitalised)
    {
        var start = 0;
        while (start < phrase.Count && _skipped.Contains(phrase[start].Lower)) start++;
        var words = phrase.Skip(start).ToList();
        var spelled = string.Join(' ', words.Select(w => w.Lower));
        Guess(_guessed, Initials(words), spelled);
        if (capitalised) Guess(_guessedWithSkipWords, InitialsWithSkipWords(words), spelled);
    }

    private static void Guess(Dictionary<string, string?> guessed, string initials, string spelled)
    {
        if (initials.Length < ShortestInitials) return;
        if (!guessed.TryGetValue(initials, out var known)) guessed[initials] = spelled;
        else if (known is not null && known != spelled) guessed[initials] = null;
    }

    private bool IsContentWord(Word word) =>
        word.Lower.Length >= ShortestInitials && AllLetters(word.Lower) && !_skipped.Contains(word.Lower) && !_fillers.Contains(word.Lower);

    private static bool AllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return false;
        }
        return true;
    }

    private void LearnBracketed(string text, string? body)
    {
        foreach (Match match in Bracketed().Matches(text))
        {
            var shortName = match.Groups["short"].Value.ToLowerInvariant();
            var letters = new string(shortName.Where(char.IsLetter).ToArray());
            if (letters.Length < ShortestInitials - 1) continue;
            var before = Words.Split(text[..match.Index]);
            if (PhraseSpelling(before, letters) is not { } phrase) continue;
            var names = body is not null && phrase.Any(w => _bodyWords.Contains(w.Lower) && !_skipped.Contains(w.Lower))
                && Words.Split(body).Any(b => !_bodyWords.Contains(b.Lower) && phrase.Any(w => w.Lower == b.Lower));
            if (names) _bodies[shortName] = body!;
            else _phrases[shortName] = string.Join(' ', phrase.Select(w => w.Original));
        }
    }

    /// <summary>The last words before a bracket whose initials, skip words aside, spell the letters; null when none do.</summary>
    private List<Word>? PhraseSpelling(IReadOnlyList<Word> before, string letters)
    {
        var at = letters.Length - 1;
        var phrase = new List<Word>();
        for (var i = before.Count - 1; i >= 0 && at >= 0; i--)
        {
            var word = before[i];
            if (word.Lower[0] == letters[at]) { phrase.Insert(0, word); at--; continue; }
            if (!_skipped.Contains(word.Lower) || phrase.Count == 0) return null;
            phrase.Insert(0, word);
        }
        return at < 0 ? phrase : null;
    }

    private string Initials(IReadOnlyList<Word> words) =>
        string.Concat(words.Where(w => !_skipped.Contains(w.Lower)).Select(w => w.Lower[0]));

    /// <summary>
    /// The initials of every word, skip words inside the phrase too ("hcoc" for "Hague Code of Conduct"), or "" when the
    /// phrase has no skip word inside (its initials are then <see cref="Initials"/>).
    /// </summary>
    private string InitialsWithSkipWords(IReadOnlyList<Word> words) =>
        words.Any(w => _skipped.Contains(w.Lower)) ? string.Concat(words.Select(w => w.Lower[0])) : "";
}
