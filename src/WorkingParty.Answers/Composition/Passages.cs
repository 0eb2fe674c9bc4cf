namespace WorkingParty.Answers.Composition;

/// <summary>
/// "What the minutes say": when no rule answers a question with certainty, the sentences closest to it, each with its
/// citation and the words that matched. Null when no passage comes close enough (the answer is then "I found nothing").
/// </summary>
internal static class Passages
{
    /// <summary>A topic of one or two words met several times, all under one item: that item is the answer.</summary>
    private const int MostWordsOfATopic = 2;

    /// <summary>How far into its paragraph a passage's quotation goes on to a sentence saying a word of the question it lacks.</summary>
    private const int MostCompletingSentences = 2;

    private static readonly HashSet<string> DeadlineNouns = [.. Vocabulary.Default.DeadlineNouns];

    public static Answer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today, RetrievalSettings settings)
    {
        // A date names a meeting when one was held then ("what did we say on CGN in March?"). Else, in a question of no
        // other kind or about a meeting on that date no rule answered ("what will the July WP be about?"), it is words to
        // find ("the PSC on 14 March"); in an agenda question ("agenda of June 2016"), nothing.
        var meeting = question.Meeting is { } filter && library.NewestFirst(question.Bodies, today).Any(filter.Accepts) ? filter : null;
        var dateWords = meeting is null && question.Intent is Intent.Topic or Intent.MeetingOn ? question.DateWords : [];
        var asksDecision = Decisions.AreAsked(question);
        var concepts = Concepts.Of(Decisions.Without(question.PassageWords).Concat(dateWords), Entities(question));
        var close = library.Index.Match(concepts, settings.Hits,
                p => MinutesLibrary.IsHeld(p.Meeting, question.Bodies, today) && (meeting?.Accepts(p.Meeting) ?? true))
            .Where(m => m.Closeness >= settings.CloseEnough)
            .Take(settings.MostPassages)
            .ToList();
        if (close.Count == 0) return null;

        var items = close.Select(m => (m.Passage.Meeting, m.Passage.Item)).Distinct().ToList();
        if (question.Intent == Intent.Topic && items.Count == 1 && close.Count > 1 && question.SearchWords.Count <= MostWordsOfATopic)
            return AgendaItems.Full(items[0].Meeting, items[0].Item);
        var quoted = asksDecision ? Decisions.WithConclusions(close.Select(m => m.Passage), library.Index) : close.Select(m => m.Passage);
        return new PassagesAnswer(question.Question, quoted.Select(p => Quote(p, concepts, library, question.AsksWho)).ToList());
    }

    private static IEnumerable<Concept> Entities(QuestionReading question)
    {
        foreach (var actor in question.NamedActors) yield return new Concept(EntityTerms.Actor(actor.Key), actor.Words);
        if (question.Document is { } document) yield return new Concept(EntityTerms.Document(document), document);
    }

    /// <summary>
    /// A sentence that goes on from the one before ("It underlined ...") is quoted with it, so it says who spoke; one the
    /// next sentence of its paragraph completes, saying a word of the question it lacks, with that one ("... asked for 36
    /// months. Cion could accept 30 months." for "what period can Cion accept?"); asked who, one naming no delegation with
    /// the next that names some ("... based on the returns received so far. Cion asked the MS that had not yet sent them
    /// (BG, LT) to do so." for "which MS still owe returns?"); one speaking of a deadline it does not date after the
    /// sentence before it that sets it.
    /// </summary>
    private static QuotedPassage Quote(Passage passage, Concepts concepts, MinutesLibrary library, bool asksWho)
    {
        var terms = library.Index.TermsOf(passage);
        var text = (Continuations.GoesOn(passage) ? library.Index.Before(passage) : DeadlineSetBefore(passage, library.Index)) is { } before
            ? $"{before.Sentence.Text} {passage.Sentence.Text}"
            : passage.Sentence.Text;
        text = WithCompletion(text, passage, concepts, library.Index, asksWho);
        return new(text, Citations.Of(passage), MatchedWords.In(text, concepts, terms, ActorDirectory.Default));
    }

    /// <summary>
    /// The text quoted for a passage, with the next sentences of its paragraph up to the one (at most the second) that
    /// says a word of the question the passage lacks ("... presented its assessment of the two regimes. X explained the
    /// transition. The Group agreed that both regimes were not harmful." for "were the regimes found harmful?"), or,
    /// when <paramref name="asksWho"/> and the passage names no delegation, that names one.
    /// </summary>
    public static string WithCompletion(string text, Passage passage, Concepts concepts, PassageIndex index, bool asksWho = false)
    {
        var held = index.TermsOf(passage);
        var wantsDelegations = asksWho && !NamesDelegations(passage, index);
        var following = new List<string>();
        var next = passage;
        for (var i = 0; i < MostCompletingSentences && index.After(next) is { } after; i++)
        {
            following.Add((next = after).Sentence.Text);
            var said = index.SentenceTermsOf(after);
            if (concepts.Terms.Any(t => !held.Contains(t) && !EntityTerms.IsEntity(t) && said.Contains(t)) || (wantsDelegations && NamesDelegations(after, index)))
                return string.Join(' ', following.Prepend(text));
        }
        return text;
    }

    /// <summary>
    /// The sentence before the passage in its paragraph that sets a deadline the passage speaks of without dating it ("...
    /// invited to send their positions until 9 March. PL asked for more time; the Chair replied that the deadline could
    /// not be extended."), or null.
    /// </summary>
    private static Passage? DeadlineSetBefore(Passage passage, PassageIndex index)
    {
        var deadlines = passage.Meeting.Deadlines;
        if (deadlines.Count == 0 || !Words.Split(passage.Sentence.Text).Any(w => DeadlineNouns.Contains(w.Lower))
            || deadlines.Any(d => SetIn(d, passage)))
        {
            return null;
        }
        return Continuations.Preceding(index, passage) is { } before && deadlines.Any(d => SetIn(d, before)) ? before : null;
    }

    private static bool SetIn(Deadline deadline, Passage passage) =>
        passage.Sentence.Text.Contains(deadline.Sentence, StringComparison.Ordinal) || deadline.Sentence.Contains(passage.Sentence.Text, StringComparison.Ordinal);

    private static bool NamesDelegations(Passage passage, PassageIndex index) => index.ActorsNamedIn(passage).Any(ActorDirectory.Default.IsDelegation);

}
