namespace WorkingParty.Answers.Composition;

/// <summary>
/// "Cion proposal ref?", "previous doc?": the document a field of the minutes' header names ("No. Cion doc.: 9665/13 ...
/// - COM(2013) 262 final"), when every word of the topic but those naming a document is a word of the field's label
/// (short forms read in full: "Cion", "prop.", "prev."), or the words of the label it holds and, for the rest, words
/// the minutes' subject or item titles hold ("Cion proposal number for the levies regulation?"); else a field labelled
/// only as a document reference ("Doc. ref.:") when what is asked is what the minutes are about. The newest such
/// minutes of the meeting or bodies asked about.
/// </summary>
internal static class HeaderDocuments
{
    private const string Section = "header of the minutes";
    private static readonly HashSet<string> DocumentNouns = [.. Vocabulary.Default.HeaderDocumentNouns];
    private static readonly IReadOnlyDictionary<string, string> Spellings = Vocabulary.Default.HeaderLabelSpellings;

    public static DocumentAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var asked = question.TopicWords.Select(Spelled).Where(w => !DocumentNouns.Contains(w)).ToList();
        if (asked.Count == 0) return null;
        foreach (var meeting in library.NewestFirst(question.Bodies, today).Where(m => question.Meeting?.Accepts(m) ?? true))
        {
            var field = meeting.Header.References.FirstOrDefault(r => Names(r, asked, meeting, library))
                ?? meeting.Header.References.FirstOrDefault(r => NamesSubject(r, asked, ActorWords(question), meeting, library));
            if (field is null || meeting.Items.Count == 0) continue;
            var reference = DocumentReference.FindAll(field.Value).Select(m => m.Value).FirstOrDefault() ?? field.Value;
            return new DocumentAnswer(reference, [new CitedText(Citations.Of(meeting, meeting.Items[0], Section), $"{field.Label}: {field.Value}")]);
        }
        return null;
    }

    /// <summary>Whether the field's label holds the words asked, or some of them with the others in what the minutes are about.</summary>
    private static bool Names(HeaderReference field, List<string> asked, Meeting meeting, MinutesLibrary library)
    {
        var label = Words.Split(field.Label).Select(w => Spelled(w.Lower)).ToHashSet();
        if (label.IsSupersetOf(asked)) return true;
        if (!asked.Any(label.Contains)) return false;
        var about = Concepts.Of(asked.Where(w => !label.Contains(w) && library.Index.Knows(w)));
        return about.AllFoundIn(Concepts.TermsOf(string.Join(' ', meeting.Items.Select(i => i.Title).Prepend(meeting.Title))));
    }

    /// <summary>
    /// Whether the field's label is a plain document reference ("Doc. ref.:", "Reference:"), naming the document the
    /// minutes are about, and every word asked the minutes use, but an actor's ("the Commission proposal"), is in what
    /// they are about ("which doc is the commission proposal on gas supply?" of minutes on a gas supply directive).
    /// </summary>
    private static bool NamesSubject(HeaderReference field, List<string> asked, HashSet<string> actorWords, Meeting meeting, MinutesLibrary library)
    {
        if (!Words.Split(field.Label).All(w => DocumentNouns.Contains(Spelled(w.Lower)))) return false;
        var about = Concepts.Of(asked.Where(w => !actorWords.Contains(w) && library.Index.Knows(w)));
        return about.Count > 0 && about.AllFoundIn(Concepts.TermsOf(string.Join(' ', meeting.Items.Select(i => i.Title).Prepend(meeting.Title))));
    }

    private static HashSet<string> ActorWords(QuestionReading question) =>
        question.NamedActors.SelectMany(a => Words.Split(a.Words)).Select(w => Spelled(w.Lower)).ToHashSet();

    private static string Spelled(string word) => Spellings.GetValueOrDefault(word, word);
}
