namespace WorkingParty.Answers.Composition;

/// <summary>
/// The short names of a question that the minutes define or spell out ("the Vertical Block Exemption Regulation
/// (VBER)"): a deadline whose text holds the words a short name stands for holds the short name too, though the
/// minutes write it only once, elsewhere ("deadline for comments on the VBER?" of a request under an item titled
/// with the words in full).
/// </summary>
internal sealed class SpelledOutShortNames
{
    private readonly List<(string Term, HashSet<string> Phrase)> _names;

    public SpelledOutShortNames(Concepts concepts, MinutesLibrary library)
    {
        _names = [.. concepts.All
            .Where(c => !c.IsEntity && library.Abbreviations.Phrase(c.Word.ToLowerInvariant()) is not null)
            .Select(c => (c.Term, Concepts.TermsOf(library.Abbreviations.Phrase(c.Word.ToLowerInvariant())!)))
            .Where(n => n.Item2.Count > 1)];
    }

    /// <summary>The terms, with each short name whose words they all hold.</summary>
    public IReadOnlySet<string> Widen(IReadOnlySet<string> terms)
    {
        if (_names.Count == 0) return terms;
        var spelled = _names.Where(n => !terms.Contains(n.Term) && n.Phrase.IsSubsetOf(terms)).Select(n => n.Term).ToList();
        return spelled.Count == 0 ? terms : new HashSet<string>([.. terms, .. spelled]);
    }
}
