namespace WorkingParty.Answers.Understanding;

/// <summary>The intent a question's cue phrases name (vocabulary.json's intents, first listed first), and questions for a kind of document.</summary>
internal sealed class CuedIntents(Vocabulary vocabulary, BodyNames bodies)
{
    private readonly List<(Intent Intent, CuePhrases Cues)> _intentCues =
        vocabulary.Intents.Select(i => (IntentNames.Parse(i.Name), new CuePhrases(i.Cues))).ToList();
    private readonly HashSet<string> _cueWords = [.. vocabulary.Intents.SelectMany(i => i.Cues).SelectMany(c => Words.Split(c)).Select(w => w.Lower)];
    private readonly HashSet<string> _documentKindWords = [.. vocabulary.DocumentKindWords];
    private readonly HashSet<string> _documentQuestionWords = [.. vocabulary.DocumentQuestionWords];
    private readonly HashSet<string> _closingDocumentNouns = [.. vocabulary.ClosingDocumentNouns];
    private readonly HashSet<string> _closingReferenceNouns = [.. vocabulary.ClosingReferenceNouns];

    /// <summary>
    /// The intent of the first cue found outside the words of a named body's name: in "next digital agenda WP?" the
    /// "agenda" is the Working Party on the Digital Agenda's, not a request for an agenda (nor "due" in "Due Diligence"
    /// one for deadlines). Marks the cue's words used.
    /// </summary>
    /// <remarks>
    /// A word of any stored body's name that is no cue word itself is not a misspelt cue either: "minutes on cyber
    /// issues" asks for the minutes of the HWP on Cyber Issues, not when any were "issued". A body's name and its nouns
    /// are no extra word between two cue words ("last PPP working party meeting?" asks for the last meeting).
    /// </remarks>
    public Intent OutsideNames(IReadOnlyList<Word> words, bool[] used, IReadOnlySet<string>? named, IReadOnlyList<int> bodyPositions)
    {
        var inNames = named is null ? [] : bodyPositions.Where(p => bodies.InNameOf(named, words[p].Lower)).ToHashSet();
        inNames.UnionWith(Enumerable.Range(0, words.Count).Where(i => bodies.InAnyName(words[i].Lower) && !_cueWords.Contains(words[i].Lower)));
        var naming = bodyPositions.ToHashSet();
        if (inNames.Count == 0)
        {
            var transparent = Enumerable.Range(0, words.Count).Select(i => Names(words[i], i, naming)).ToArray();
            return _intentCues.FirstOrDefault(i => CueMatcher.MatchAny(words, i.Cues, used, transparent)).Intent;
        }
        var kept = Enumerable.Range(0, words.Count).Where(i => !inNames.Contains(i)).ToList();
        var keptWords = kept.Select(i => words[i]).ToList();
        var keptUsed = new bool[keptWords.Count];
        var keptTransparent = kept.Select(i => Names(words[i], i, naming)).ToArray();
        var intent = _intentCues.FirstOrDefault(i => CueMatcher.MatchAny(keptWords, i.Cues, keptUsed, keptTransparent)).Intent;
        for (var k = 0; k < kept.Count; k++) used[kept[k]] |= keptUsed[k];
        return intent;
    }

    /// <summary>Whether a word names a body, or is a body noun ("working", "party", "WP"): no extra word between cue words.</summary>
    private static bool Names(Word word, int position, HashSet<int> naming) => naming.Contains(position) || BodyNames.Nouns.Contains(word.Lower);

    /// <summary>Whether the question closes on the document or reference it asks for ("agenda doc?", "the agenda document").</summary>
    public bool ClosesOnDocument(IReadOnlyList<Word> words) =>
        words.Count > 1 && (_closingDocumentNouns.Contains(words[^1].Lower) || _closingReferenceNouns.Contains(words[^1].Lower));

    /// <summary>
    /// "Which compromise text ...", "what draft ...": "which" or "what" and a kind of document within two words; or a
    /// question opening on "which" or "what" and closing on the document it asks for ("what's the survey doc?"); or one
    /// closing on a reference asked for ("Cion proposal ref?", chat's "ref" read in full).
    /// </summary>
    public bool AsksKindOfDocument(IReadOnlyList<Word> words)
    {
        if (words.Count > 1 && _closingReferenceNouns.Contains(words[^1].Lower)) return true;
        if (words.Count > 2 && _documentQuestionWords.Contains(words[0].Lower) && _closingDocumentNouns.Contains(words[^1].Lower)) return true;
        for (var i = 0; i < words.Count; i++)
        {
            if (!_documentQuestionWords.Contains(words[i].Lower)) continue;
            for (var j = i + 1; j <= i + 2 && j < words.Count; j++)
            {
                if (_documentKindWords.Contains(words[j].Lower)) return true;
            }
        }
        return false;
    }
}
